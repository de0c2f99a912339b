package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;
import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The pipeline's hot statements timed straight on the services' databases with JDBC, each run {@value #RUNS} times
 * after {@value #WARM_UP} untimed runs (the driver prepares a statement on the server at its fifth run), p99 of
 * execution plus reading the rows. The SQL is copied from where production code holds it, inline there: the
 * service's own class is named on each statement; keep them equal.
 */
public final class QueryTimes {

    static final int RUNS = 200;
    static final int WARM_UP = 20;
    private static final long MAX_MICROS = 60_000_000L;

    /** db-scheduler 16.7.1's JdbcTaskRepository.getDue under the default polling: 2 threads fetch up to 6. */
    static final String DUE_STEPS = """
            SELECT * FROM scheduled_tasks WHERE picked = ? AND execution_time <= ?
            ORDER BY execution_time ASC LIMIT 6""";
    /** messaging's OutboxRelay.publishBatch, at its default batch of 200. */
    static final String OUTBOX_BATCH = """
            select id, topic, record_key, payload, event_id, event_type, occurred_at, traceparent
            from outbox_event o
            where published_at is null and parked_at is null
              and not exists (select 1 from outbox_event p where p.record_key = o.record_key
                              and p.parked_at is not null and p.published_at is null and p.id < o.id)
            order by id limit ?""";
    static final int OUTBOX_BATCH_SIZE = 200;
    /**
     * messaging's Inbox.announce for a full poll of 100 records (max-poll-records), its list expanded as Spring's
     * JdbcClient expands it; all first deliveries (the common case): ids the inbox does not hold.
     */
    static final int INBOX_BATCH_SIZE = 100;
    static final String INBOX_BATCH = "select consumer, event_id::text from inbox_event where event_id in (%s)"
            .formatted(String.join(", ", Collections.nCopies(INBOX_BATCH_SIZE, "?")));

    private QueryTimes() {
    }

    public static List<Reading> measure(ClinicInfrastructure infrastructure, Instant now) throws SQLException {
        List<Reading> readings = new ArrayList<>();
        readings.add(Reading.latency("db-scheduler due steps (aftercare) p99",
                p99(infrastructure, "aftercare", DUE_STEPS, statement -> {
                    statement.setBoolean(1, false);
                    statement.setTimestamp(2, Timestamp.from(now));
                })));
        for (String database : ClinicInfrastructure.DATABASES) {
            readings.add(Reading.latency("outbox relay batch (" + database + ") p99",
                    p99(infrastructure, database, OUTBOX_BATCH, statement -> statement.setInt(1, OUTBOX_BATCH_SIZE))));
        }
        for (String database : ClinicInfrastructure.DATABASES) {
            readings.add(Reading.latency("inbox lookup of a poll (" + database + ") p99",
                    p99(infrastructure, database, INBOX_BATCH, QueryTimes::firstDeliveries)));
        }
        return readings;
    }

    private static void firstDeliveries(PreparedStatement statement) throws SQLException {
        for (int i = 1; i <= INBOX_BATCH_SIZE; i++) {
            statement.setObject(i, UUID.randomUUID());
        }
    }

    private static double p99(ClinicInfrastructure infrastructure, String database, String sql, Parameters parameters)
            throws SQLException {
        Histogram micros = new Histogram(MAX_MICROS, 3);
        try (Connection connection = infrastructure.connect(database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                parameters.bind(statement);
                long started = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
                if (run >= WARM_UP) {
                    micros.recordValue(Math.min((System.nanoTime() - started) / 1_000, MAX_MICROS));
                }
            }
        }
        return micros.getValueAtPercentile(99) / 1000.0;
    }

    @FunctionalInterface
    private interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
