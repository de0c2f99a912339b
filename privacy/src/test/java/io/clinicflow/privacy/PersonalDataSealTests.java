package io.clinicflow.privacy;

import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.messaging.PoisonEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataSealTests {

    /** The key store's contract in memory; the real store is tested against PostgreSQL in booking-service. */
    private static final class KeysInMemory implements ClientKeys {
        private final Map<UUID, byte[]> keys = new ConcurrentHashMap<>();

        @Override
        public byte[] createIfAbsent(UUID clientId) {
            return keys.computeIfAbsent(clientId, id -> UUID.randomUUID().toString().substring(0, 32)
                    .getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public Optional<byte[]> find(UUID clientId) {
            return Optional.ofNullable(keys.get(clientId));
        }

        @Override
        public void destroy(UUID clientId) {
            keys.remove(clientId);
        }
    }

    /** The seal of ADR 0030, before the version byte: the 12-byte IV first, the client id alone as AAD. */
    private static final class LegacySeal {
        static ByteBuffer seal(byte[] key, UUID clientId, byte firstIvByte, byte[] plain) throws Exception {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            iv[0] = firstIvByte;
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(clientId.toString().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).flip();
        }
    }

    private final KeysInMemory keys = new KeysInMemory();
    private final PersonalDataSeal seal = new PersonalDataSeal(keys);
    private final UUID client = UUID.randomUUID();
    private final ClientPersonalData ada = new ClientPersonalData("Ada", "Lovelace", "ada@example.org",
            "+44 20 7946 0000", LocalDate.of(1990, 4, 12));

    @Test
    void opensWhatItSealedForTheSameClient() {
        ByteBuffer sealed = seal.seal(client, ada);

        assertThat(seal.open(client, sealed)).contains(ada);
        assertThat(new String(sealed.array(), StandardCharsets.ISO_8859_1)).doesNotContain("Ada", "Lovelace", "ada@");
    }

    @Test
    void sealsTheSameDataDifferentlyEachTime() {
        assertThat(seal.seal(client, ada)).isNotEqualTo(seal.seal(client, ada));
    }

    @Test
    void refusesToOpenDataSealedForAnotherClientEvenWithThatClientsKey() {
        UUID other = UUID.randomUUID();
        keys.createIfAbsent(other);
        ByteBuffer sealed = seal.seal(client, ada);
        keys.keys.put(other, keys.find(client).orElseThrow());

        assertThatThrownBy(() -> seal.open(other, sealed)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("another client");
    }

    @Test
    void refusesAlteredData() {
        ByteBuffer sealed = seal.seal(client, ada);
        sealed.put(sealed.limit() - 1, (byte) (sealed.get(sealed.limit() - 1) ^ 1));

        assertThatThrownBy(() -> seal.open(client, sealed)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void opensNothingOnceTheClientsKeyIsDestroyed() {
        ByteBuffer sealed = seal.seal(client, ada);

        keys.destroy(client);

        assertThat(seal.open(client, sealed)).isEmpty();
    }

    @Test
    void putsTheVersionByteInFront() {
        ByteBuffer sealed = seal.seal(client, ada);

        assertThat(sealed.get(0)).isEqualTo(SealFormat.VERSION_1);
        assertThat(sealed.remaining()).isEqualTo(1 + 12 + PersonalDataSeal.encoded(ada).length + 16);
    }

    /** Values sealed before ADR 0043 (no version byte, the client id alone as AAD) stay on topics and open as before. */
    @ParameterizedTest(name = "IV starting with {0}")
    @ValueSource(bytes = {0x00, SealFormat.VERSION_1, 0x02, (byte) 0xff})
    void opensPersonalDataSealedInTheFormatBeforeTheVersionByte(byte firstIvByte) throws Exception {
        ByteBuffer legacy = LegacySeal.seal(keys.createIfAbsent(client), client, firstIvByte, PersonalDataSeal.encoded(ada));

        assertThat(legacy.get(0)).as("no version byte: the random IV comes first").isEqualTo(firstIvByte);
        assertThat(seal.open(client, legacy)).contains(ada);
    }

    @Test
    void refusesALegacyValueOfAnotherClient() throws Exception {
        ByteBuffer legacy = LegacySeal.seal(keys.createIfAbsent(client), client, (byte) 0x01, PersonalDataSeal.encoded(ada));
        UUID other = UUID.randomUUID();
        keys.keys.put(other, keys.find(client).orElseThrow());

        assertThatThrownBy(() -> seal.open(other, legacy)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("another client");
    }

    @Test
    void sealsACancellationReasonThatOpensUntilErasure() {
        keys.createIfAbsent(client);
        ByteBuffer sealed = seal.sealReason(client, "moving house, call Ada on +44 20 7946 0000").orElseThrow();

        assertThat(sealed.get(0)).isEqualTo(SealFormat.VERSION_1);
        assertThat(new String(sealed.array(), StandardCharsets.ISO_8859_1)).doesNotContain("moving", "Ada", "7946");
        assertThat(seal.openReason(client, sealed)).contains("moving house, call Ada on +44 20 7946 0000");

        keys.destroy(client);

        assertThat(seal.openReason(client, sealed)).isEmpty();
    }

    @Test
    void sealsNoReasonWithoutOneOrForAClientWithoutAKey() {
        keys.createIfAbsent(client);

        assertThat(seal.sealReason(client, null)).isEmpty();
        assertThat(seal.sealReason(UUID.randomUUID(), "erased already")).isEmpty();
        assertThat(keys.keys).hasSize(1);
    }

    @Test
    void aSealedValueOpensOnlyAsTheFieldItWasSealedFor() {
        ByteBuffer personalData = seal.seal(client, ada);
        ByteBuffer reason = seal.sealReason(client, "moving house").orElseThrow();

        assertThatThrownBy(() -> seal.openReason(client, personalData)).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> seal.open(client, reason)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void aServiceThatOnlyFindsKeysOpensButNeverSeals() {
        ByteBuffer sealed = seal.seal(client, ada);
        PersonalDataSeal reader = new PersonalDataSeal(keys::find);

        assertThat(reader.open(client, sealed)).contains(ada);
        assertThatThrownBy(() -> reader.seal(UUID.randomUUID(), ada)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reader.sealReason(client, "moving house")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsPhoneOptional() {
        ClientPersonalData withoutPhone = ClientPersonalData.newBuilder(ada).setPhone(null).build();

        assertThat(seal.open(client, seal.seal(client, withoutPhone))).contains(withoutPhone);
    }
}
