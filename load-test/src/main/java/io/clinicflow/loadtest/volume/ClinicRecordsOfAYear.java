package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The databases' part of a chain's history (issue 19, ADR 0060): booking-service's, session-service's and
 * aftercare-service's records and their inbox and outbox rows, and the clients' keys in the key store, written with
 * {@code COPY} into schemas the services migrated, while the services are stopped. Ids come from the seed: the same
 * seed writes the same rows.
 */
public final class ClinicRecordsOfAYear implements SeedPart {

    public static final long DEFAULT_SEED = 19;

    private final long seed;

    public ClinicRecordsOfAYear(long seed) {
        this.seed = seed;
    }

    public ClinicRecordsOfAYear() {
        this(DEFAULT_SEED);
    }

    @Override
    public SeedOutcome write(ClinicInfrastructure infrastructure, ChainSize size, Instant now) {
        long started = System.nanoTime();
        ChainYear chain = new ChainYear(size, now, seed);
        Map<String, Long> items = new LinkedHashMap<>();
        System.out.println("Seeding the databases: " + size + " up to " + now);
        try {
            long bytes = seed(infrastructure, "booking", items, database -> {
                new BookingRecords(chain, database).write();
                MessagingRecords.ofBooking(chain).write(database);
            });
            bytes += seed(infrastructure, "session", items, database -> {
                new SessionRecords(chain, database).write();
                MessagingRecords.ofSession(chain).write(database);
            });
            bytes += seed(infrastructure, "aftercare", items, database -> {
                new AftercareRecords(chain, database).write();
                MessagingRecords.ofAftercare(chain).write(database);
            });
            seed(infrastructure, ClinicInfrastructure.KEY_STORE, items, new ClientKeyRecords(chain)::write);
            return new SeedOutcome("clinic records", items, bytes, Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding the databases failed: " + e.getMessage(), e);
        }
    }

    private interface Records {
        void write(SeedDatabase database) throws SQLException;
    }

    /** Writes one database's records and analyzes it; its size on disk after. */
    private static long seed(ClinicInfrastructure infrastructure, String name, Map<String, Long> items,
                             Records records) throws SQLException {
        try (SeedDatabase database = SeedDatabase.open(infrastructure, name, items)) {
            records.write(database);
            return database.analyzedSize();
        }
    }
}
