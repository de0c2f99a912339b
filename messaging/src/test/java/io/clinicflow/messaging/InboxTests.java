package io.clinicflow.messaging;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox against a real PostgreSQL holding what 150 days of events leave in it (ADR 0057). */
class InboxTests {

    private static final int HANDLED_BEFORE = 200_000;

    private static EmbeddedPostgres postgres;

    private final StatementsPrepared database = new StatementsPrepared(postgres.getPostgresDatabase());
    private final JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());

    @BeforeAll
    static void startPostgresWithAFullInbox() throws IOException {
        postgres = EmbeddedPostgres.start();
        MessagingTables.createIn(postgres.getPostgresDatabase());
        JdbcClient.create(postgres.getPostgresDatabase()).sql("""
                insert into inbox_event (consumer, event_id)
                select consumer, gen_random_uuid() from generate_series(1, :count),
                       unnest(array['session-on-booking-events', 'session-reviews']) consumer""")
                .param("count", HANDLED_BEFORE / 2).update();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("analyze inbox_event").update();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** A batch's one read must not cost a scan of everything the inbox holds: that grows with its retention. */
    @Test
    void looksUpABatchsEventsByTheirIdsWithoutReadingTheWholeInbox() {
        List<String> batch = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status ->
                new Inbox(JdbcClient.create(database)).announce(batch));

        String read = database.lastOn("inbox_event");
        List<String> plan = jdbc.sql("explain " + read).params(batch.stream().map(UUID::fromString).toList())
                .query(String.class).list();

        assertThat(plan).as(read).noneMatch(step -> step.contains("Seq Scan"))
                .anyMatch(step -> step.contains("inbox_event_pkey"));
    }
}
