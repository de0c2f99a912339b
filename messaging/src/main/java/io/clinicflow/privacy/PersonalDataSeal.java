package io.clinicflow.privacy;

import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.events.codec.GeneratedClassesTrust;
import io.clinicflow.messaging.PoisonEventException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals a client's personal fields with the client's own key and opens them again while the key exists (ADR 0030):
 * AES-256-GCM over the Avro binary encoding of {@link ClientPersonalData}, a random 12-byte IV in front, the client id
 * as additional authenticated data so that a sealed value cannot be passed off as another client's.
 */
public final class PersonalDataSeal {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    static {
        GeneratedClassesTrust.ensure();
    }

    private final ClientKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataSeal(ClientKeys keys) {
        this.keys = keys;
    }

    /** Sealed with the client's key, which is made on first use. */
    public ByteBuffer seal(UUID clientId, ClientPersonalData personalData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.createIfAbsent(clientId), iv, clientId, encoded(personalData));
        return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).flip();
    }

    /**
     * The client's personal data; empty once the client is erased (their key destroyed: the data is shredded).
     * A value that does not open with the client's own key was altered or belongs to someone else: never retried.
     */
    public Optional<ClientPersonalData> open(UUID clientId, ByteBuffer sealed) {
        byte[] bytes = new byte[sealed.remaining()];
        sealed.duplicate().get(bytes);
        if (bytes.length <= IV_BYTES) {
            throw new PoisonEventException("Sealed personal data of client " + clientId + " is too short");
        }
        return keys.find(clientId).map(key -> decoded(crypt(Cipher.DECRYPT_MODE, key,
                Arrays.copyOf(bytes, IV_BYTES), clientId, Arrays.copyOfRange(bytes, IV_BYTES, bytes.length))));
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, UUID clientId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(clientId.toString().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new PoisonEventException("Personal data sealed for another client than " + clientId + ", or altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] encoded(ClientPersonalData personalData) {
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
