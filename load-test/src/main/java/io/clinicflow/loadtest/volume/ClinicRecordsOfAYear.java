package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The databases' part of a chain's history (issue 19, ADR 0060): booking-service's, session-service's and
 * aftercare-service's records and their inbox and outbox rows, and the clients' keys in the key store, written with
 * {@code COPY} into schemas the services migrated, while the services are stopped. Ids come from the seed: the same
 * seed writes the same rows.
 */
public final class ClinicRecordsOfAYear implements SeedPart {

    public static final long DEFAULT_SEED = 19;
    private static final int PARALLEL_DATABASES = 2;

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
        Map<String, Long> items = new ConcurrentSkipListMap<>();
        System.out.println("Seeding the databases: " + size + " up to " + now);
        List<Callable<Long>> databases = List.of(
                () -> seed(infrastructure, "aftercare", items, database -> {
                    new AftercareRecords(chain, database).write();
                    MessagingRecords.ofAftercare(chain).write(database);
                }),
                () -> seed(infrastructure, "booking", items, database -> {
                    new BookingRecords(chain, database).write();
                    MessagingRecords.ofBooking(chain).write(database);
                }),
                () -> seed(infrastructure, "session", items, database -> {
                    new SessionRecords(chain, database).write();
                    MessagingRecords.ofSession(chain).write(database);
                }),
                () -> {   // the key store is no service's database: its size is not the services'
                    seed(infrastructure, ClinicInfrastructure.KEY_STORE, items, new ClientKeyRecords(chain)::write);
                    return 0L;
                });
        long bytes = inParallel(databases);
        return new SeedOutcome("clinic records", items, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The databases are written side by side: while one's server process parses and indexes a chunk, another's rows
     * are being made; on two cores that keeps both busy (ADR 0060). The sum of their sizes.
     */
    private static long inParallel(List<Callable<Long>> databases) {
        try (ExecutorService writers = Executors.newFixedThreadPool(PARALLEL_DATABASES)) {
            long bytes = 0;
            for (Future<Long> database : writers.invokeAll(databases)) {
                bytes += database.get();
            }
            return bytes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding the databases was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seeding the databases failed: " + e.getCause().getMessage(), e.getCause());
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
            long bytes = database.analyzedSize();
            System.out.printf("  %-36s %,12d MB after ANALYZE%n", name, bytes >> 20);
            return bytes;
        }
    }
}
