package io.clinicflow.privacy;

import io.clinicflow.messaging.PoisonEventException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * The bytes of a sealed field (ADR 0043). Version 1: the byte {@code 0x01}, a random 12-byte IV, then the AES-256-GCM
 * ciphertext with its 128-bit tag; the additional authenticated data is the version byte followed by
 * {@code <field>:<clientId>} in UTF-8, so a value opens only as the field and for the client it was sealed for.
 * <p>
 * Before it (ADR 0030) personal data was sealed without a version byte, with the client id alone as AAD: such a value
 * begins with its random IV. A value that begins with {@code 0x01} is opened as version 1 first; when GCM refuses it
 * (one legacy value in 256 starts so by chance), as the legacy format. GCM's tag makes the wrong reading fail rather
 * than yield wrong data, so the two are told apart without a guess.
 */
final class SealFormat {

    static final byte VERSION_1 = 0x01;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;

    private final String field;
    private final boolean readsLegacy;

    /** {@code readsLegacy}: values of this field were sealed before version 1 and may still be on topics. */
    SealFormat(String field, boolean readsLegacy) {
        this.field = field;
        this.readsLegacy = readsLegacy;
    }

    ByteBuffer seal(byte[] key, UUID clientId, byte[] plain, SecureRandom random) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, key, iv, versionOneAad(clientId), plain);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Sealing checks no tag", e);
        }
        return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION_1).put(iv).put(sealed).flip();
    }

    byte[] open(byte[] key, UUID clientId, byte[] sealed) {
        if (sealed.length >= 1 + IV_BYTES + TAG_BYTES && sealed[0] == VERSION_1) {
            try {
                return crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(sealed, 1, 1 + IV_BYTES),
                        versionOneAad(clientId), Arrays.copyOfRange(sealed, 1 + IV_BYTES, sealed.length));
            } catch (AEADBadTagException notVersionOne) {
                if (!readsLegacy) {
                    throw refused(clientId);
                }
            }
        } else if (!readsLegacy) {
            throw new PoisonEventException("Sealed " + field + " of client " + clientId + " has no known version");
        }
        return openLegacy(key, clientId, sealed);
    }

    private byte[] openLegacy(byte[] key, UUID clientId, byte[] sealed) {
        if (sealed.length < IV_BYTES + TAG_BYTES) {
            throw new PoisonEventException("Sealed " + field + " of client " + clientId + " is too short");
        }
        try {
            return crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, IV_BYTES),
                    clientId.toString().getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
        } catch (AEADBadTagException e) {
            throw refused(clientId);
        }
    }

    private byte[] versionOneAad(UUID clientId) {
        byte[] label = (field + ":" + clientId).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + label.length).put(VERSION_1).put(label).array();
    }

    private PoisonEventException refused(UUID clientId) {
        return new PoisonEventException(field + " sealed for another client than " + clientId + ", or altered");
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
