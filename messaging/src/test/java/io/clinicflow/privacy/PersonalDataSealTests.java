package io.clinicflow.privacy;

import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.messaging.PoisonEventException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
    void keepsPhoneOptional() {
        ClientPersonalData withoutPhone = ClientPersonalData.newBuilder(ada).setPhone(null).build();

        assertThat(seal.open(client, seal.seal(client, withoutPhone))).contains(withoutPhone);
    }
}
