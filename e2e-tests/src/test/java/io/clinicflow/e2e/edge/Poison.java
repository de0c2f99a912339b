package io.clinicflow.e2e.edge;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The kinds of record no consumer can handle, made from real events of the topics (DESIGN §3: unknown fingerprint
 * or bad bytes go to the dead-letter topic). Each makes its bytes from a sample event, another sample and a random.
 */
enum Poison {

    EMPTY((event, other, random) -> new byte[0]),
    RANDOM_BYTES((event, other, random) -> randomBytes(random, 1 + random.nextInt(2_000))),
    UNKNOWN_FINGERPRINT((event, other, random) -> {
        byte[] bytes = event.clone();
        for (int i = 2; i < StrictReading.HEADER_LENGTH; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }),
    CORRUPT_BODY((event, other, random) -> withBody(event,
            randomBytes(random, event.length - StrictReading.HEADER_LENGTH))),
    TRUNCATED((event, other, random) -> Arrays.copyOf(event, random.nextInt(event.length))),
    /** This event's fingerprint over another event's body. */
    OTHER_SCHEMAS_BODY((event, other, random) -> withBody(event,
            Arrays.copyOfRange(other, StrictReading.HEADER_LENGTH, other.length))),
    /** A valid fingerprint over a body past the 256 KiB an event may have (ADR 0037) and under Kafka's 1 MB. */
    OVERSIZED((event, other, random) -> withBody(event, randomBytes(random, 300_000 + random.nextInt(600_000))));

    /** Makes poison bytes from a sample event, another sample event and a random source. */
    @FunctionalInterface
    interface Recipe {
        byte[] make(byte[] event, byte[] other, SplittableRandom random);
    }

    private final Recipe recipe;

    Poison(Recipe recipe) {
        this.recipe = recipe;
    }

    /** Poison bytes of this kind; made again (boundedly) in the rare case the bytes happen to be a valid event. */
    byte[] make(List<byte[]> samples, SplittableRandom random) {
        for (int attempt = 0; attempt < 100; attempt++) {
            byte[] bytes = recipe.make(samples.get(random.nextInt(samples.size())),
                    samples.get(random.nextInt(samples.size())), random);
            if (!StrictReading.isOneEvent(bytes)) {
                return bytes;
            }
        }
        throw new IllegalStateException(this + " made only valid events from " + samples.size() + " samples");
    }

    private static byte[] withBody(byte[] event, byte[] body) {
        byte[] bytes = Arrays.copyOf(event, StrictReading.HEADER_LENGTH + body.length);
        System.arraycopy(body, 0, bytes, StrictReading.HEADER_LENGTH, body.length);
        return bytes;
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
