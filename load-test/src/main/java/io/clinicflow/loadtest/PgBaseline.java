package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench against the same PostgreSQL, in a scratch database, with a script of the shape of one consume-and-produce
 * step of a service: inbox insert + state update + outbox insert (the messaging module's tables), one commit.
 */
final class PgBaseline {

    static final String PGBENCH = "/usr/bin/pgbench";
    private static final String DATABASE = "perfbench";
    private static final int STATE_ROWS = 100_000;
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+)");
    private static final String STEP = """
            \\set n random(1, %d)
            BEGIN;
            INSERT INTO inbox_event (consumer, event_id) VALUES ('booking-on-session-events', gen_random_uuid());
            UPDATE booking SET status = 'CONFIRMED', version = version + 1 WHERE id = :n;
            INSERT INTO outbox_event (event_id, topic, record_key, event_type, occurred_at, payload)
                VALUES (gen_random_uuid(), 'clinic.booking.events.v1', gen_random_uuid()::text, 'BookingConfirmed', now(),
                        decode(repeat('c3', 180), 'hex'));
            COMMIT;
            """.formatted(STATE_ROWS);

    private PgBaseline() {
    }

    /** pgbench's TPS with {@code clients} connections on 2 threads for {@code seconds}. */
    static double tps(ClinicInfrastructure infrastructure, int clients, int seconds) throws Exception {
        createScratchDatabase(infrastructure);
        Path script = Files.createTempFile("consume-and-produce", ".sql");
        Files.writeString(script, STEP);
        Process pgbench = new ProcessBuilder(PGBENCH, "-n", "-h", "localhost", "-p", String.valueOf(infrastructure.postgresPort()),
                "-U", "postgres", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds),
                "-f", script.toString(), DATABASE).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (pgbench.waitFor() != 0) {
            throw new IOException("pgbench failed: " + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IOException("pgbench printed no tps: " + output);
        }
        System.out.println("pgbench (" + clients + " clients, " + seconds + " s): " + tps.group());
        return Double.parseDouble(tps.group(1));
    }

    private static void createScratchDatabase(ClinicInfrastructure infrastructure) throws SQLException {
        try (Connection admin = infrastructure.connect("postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        try (Connection scratch = infrastructure.connect(DATABASE);
             Statement statement = scratch.createStatement()) {
            statement.execute("""
                    create table outbox_event (id bigserial primary key, event_id uuid not null unique, topic text not null,
                        record_key text not null, event_type text not null, occurred_at timestamptz not null,
                        payload bytea not null, created_at timestamptz not null default now(), published_at timestamptz,
                        traceparent text)""");
            statement.execute("create index outbox_event_unpublished on outbox_event (id) where published_at is null");
            statement.execute("""
                    create table inbox_event (consumer text not null, event_id uuid not null,
                        processed_at timestamptz not null default now(), primary key (consumer, event_id))""");
            statement.execute("create table booking (id int primary key, status text not null, version int not null)");
            statement.execute("insert into booking select g, 'PENDING_SCREENING', 0 from generate_series(1, " + STATE_ROWS + ") g");
        }
    }
}
