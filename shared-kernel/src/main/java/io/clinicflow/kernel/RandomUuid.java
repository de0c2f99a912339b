package io.clinicflow.kernel;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for ids and event ids, as unguessable as {@link UUID#randomUUID()} without its one shared
 * generator: that one is a single lock, and the performance profile (docs/performance.md) showed HTTP threads and
 * listeners queueing on it for hundreds of milliseconds under load. Each thread has its own DRBG instead.
 */
public final class RandomUuid {

    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(RandomUuid::drbg);

    private RandomUuid() {
    }

    public static UUID next() {
        byte[] bytes = new byte[16];
        GENERATOR.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every JDK since 9", e);
        }
    }
}
