package io.clinicflow.privacy;

import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.events.codec.GeneratedClassesTrust;
import io.clinicflow.messaging.PoisonEventException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals a client's personal fields with the client's own key and opens them again while the key exists (ADR 0030,
 * 0043): {@code ClientRegistered.personalData}, the Avro binary encoding of {@link ClientPersonalData}, and
 * {@code BookingCancelled.sealedReason}, the cancellation's free text in UTF-8. The bytes are {@link SealFormat}'s.
 * Only the key store's owner seals; every service opens.
 */
public final class PersonalDataSeal {

    private static final SealFormat PERSONAL_DATA = new SealFormat("ClientRegistered.personalData", true);
    private static final SealFormat CANCELLATION_REASON = new SealFormat("BookingCancelled.sealedReason", false);

    static {
        GeneratedClassesTrust.ensure();
    }

    private final ClientKeyLookup keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataSeal(ClientKeyLookup keys) {
        this.keys = keys;
    }

    /** Sealed with the client's key, which is made on first use. */
    public ByteBuffer seal(UUID clientId, ClientPersonalData personalData) {
        return PERSONAL_DATA.seal(owner().createIfAbsent(clientId), clientId, encoded(personalData), random);
    }

    /**
     * The client's personal data; empty once the client is erased (their key destroyed: the data is shredded).
     * A value that does not open with the client's own key was altered or belongs to someone else: never retried.
     */
    public Optional<ClientPersonalData> open(UUID clientId, ByteBuffer sealed) {
        byte[] bytes = bytesOf(sealed);
        return keys.find(clientId).map(key -> decoded(PERSONAL_DATA.open(key, clientId, bytes)));
    }

    /**
     * A cancellation's reason sealed with the client's key; empty without a reason, or when the client has no key
     * (erased: a reason written now would be readable for no one, and a new key would undo the erasure).
     */
    public Optional<ByteBuffer> sealReason(UUID clientId, String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return owner().find(clientId).map(key -> CANCELLATION_REASON.seal(key, clientId, text, random));
    }

    /** The cancellation's reason; empty once the client is erased. */
    public Optional<String> openReason(UUID clientId, ByteBuffer sealed) {
        byte[] bytes = bytesOf(sealed);
        return keys.find(clientId)
                .map(key -> new String(CANCELLATION_REASON.open(key, clientId, bytes), StandardCharsets.UTF_8));
    }

    private ClientKeys owner() {
        if (keys instanceof ClientKeys owner) {
            return owner;
        }
        throw new IllegalStateException("Only the key store's owner, booking-service, seals (clinicflow.keys.owner)");
    }

    private static byte[] bytesOf(ByteBuffer sealed) {
        byte[] bytes = new byte[sealed.remaining()];
        sealed.duplicate().get(bytes);
        return bytes;
    }

    /** The plaintext that is sealed: the Avro binary encoding, without single-object header (the field names it). */
    static byte[] encoded(ClientPersonalData personalData) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new SpecificDatumWriter<>(ClientPersonalData.class).write(personalData, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ClientPersonalData decoded(byte[] bytes) {
        try {
            return new SpecificDatumReader<>(ClientPersonalData.class)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException e) {
            throw new PoisonEventException("Opened personal data is no ClientPersonalData: " + e.getMessage());
        }
    }
}
