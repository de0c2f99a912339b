package io.clinicflow.loadtest.volume;

import io.clinicflow.loadtest.volume.SeedIds.Kind;

import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * A data key per client in the key store (ADR 0030), as booking-service makes one at registration: without it the
 * seeded clients' sealed event fields would not open and their erasure would have nothing to destroy. Staged and then
 * added where absent, so keys the events' seeder made first for the same clients stay the ones their events use.
 */
final class ClientKeyRecords {

    private static final int KEY_BYTES = 32;

    private final ChainYear chain;

    ClientKeyRecords(ChainYear chain) {
        this.chain = chain;
    }

    void write(SeedDatabase keyStore) throws SQLException {
        keyStore.execute("create temporary table seeded_client_keys (like client_keys)");
        keyStore.copy("seeded_client_keys", "client_id, data_key, created_at", rows -> chain.clients(client ->
                rows.uuid(client.id()).bytes(key(client)).at(client.registeredAt()).end()));
        keyStore.execute("""
                insert into client_keys (client_id, data_key, created_at)
                select client_id, data_key, created_at from seeded_client_keys on conflict (client_id) do nothing""");
    }

    private byte[] key(SeededClient client) {
        return SeedIds.bytes(new SplittableRandom(
                chain.ids().of(Kind.KEY, client.home().index(), client.number()).getMostSignificantBits()), KEY_BYTES);
    }
}
