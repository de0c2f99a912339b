package io.clinicflow.aftercare;

import io.clinicflow.testkit.QueryPlans;
import io.clinicflow.testkit.QueryPlans.Plan;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static io.clinicflow.testkit.QueryPlans.id;
import static io.clinicflow.testkit.QueryPlans.idSql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's aftercare, the send ledger and db-scheduler's poll read their big tables through an index at volume
 * (issue 19): 30,000 plans of 10,000 clients with 90,000 steps and as many messages, a milestone of each healed
 * session, and 100,000 scheduled executions of which 20 are due. The SQL is that of the classes named on each test;
 * db-scheduler's is that of its JdbcTaskRepository (16.7.1) under the default polling, fetch and lock on execute.
 */
@AftercareServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotQueryPlansTests {

    private static final List<String> BIG_TABLES = List.of("client", "aftercare_plan", "aftercare_step",
            "aftercare_message", "milestone", "scheduled_tasks");
    /** Three steps of each plan n, the first plan started on 1 June 2026 and one every ten minutes since. */
    private static final String PLAN_STEPS = """
             from generate_series(0, 29999) n,
                (values ('DAY0_INSTRUCTIONS', 0), ('DAY1_CHECK_IN', 1), ('DAY7_HEALING_CHECK', 7)) step(name, day),
                lateral (select timestamptz '2026-06-01' + n * interval '10 minutes' + step.day * interval '1 day')
                    d(due_at)
            """;
    private static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");

    @Autowired
    DataSource database;

    @AutoClose // rolls the volume back
    private QueryPlans plans;

    @BeforeAll
    void fillTheTables() throws SQLException {
        plans = QueryPlans.in(database.getConnection()).volume(
                "insert into client (client_id, first_name, email, email_consent, sms_consent, registered_at) select "
                        + idSql("client", "n") + ", 'Plan', 'plan' || n || '@example.org', true, false, now()"
                        + " from generate_series(0, 9999) n",
                """
                        insert into aftercare_plan (session_id, client_id, location_id, practitioner_id, time_zone,
                            completed_at, started_at, correlation_id, causation_id, treated_areas)
                        select %s, %s, %s, %s, 'Europe/London', started_at, started_at, 'correlation-' || n,
                            'causation-' || n, '{FACE}'
                        from generate_series(0, 29999) n,
                            lateral (select timestamptz '2026-06-01' + n * interval '10 minutes') s(started_at)
                        """.formatted(idSql("session", "n"), idSql("client", "n % 10000"), idSql("location", "n % 10"),
                        idSql("practitioner", "n % 50")),
                "insert into aftercare_step (session_id, step, due_at) select " + idSql("session", "n")
                        + ", step.name, due_at" + PLAN_STEPS,
                "insert into aftercare_message (message_id, session_id, step, channel, scheduled_for, status) select "
                        + idSql("message-' || step.name || '", "n") + ", " + idSql("session", "n")
                        + ", step.name, 'EMAIL', due_at, case when due_at < now() then 'SENT' else 'SCHEDULED' end"
                        + PLAN_STEPS,
                "insert into milestone (session_id, milestone, reached_at) select " + idSql("session", "n")
                        + ", 'HEALING_CHECK_PASSED', due_at" + PLAN_STEPS + " where step.day = 7 and due_at < now()",
                // the steps ahead wait in db-scheduler's table; 20 are due now
                """
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                        select 'aftercare-step', 'plans-' || n, timestamptz '%s' + (n - 20) * interval '1 minute',
                            false, 1
                        from generate_series(0, 99999) n""".formatted(NOW));
    }

    private static void assertIndexed(Plan plan) {
        assertThat(plan.sequentiallyScanned()).as("%s", plan).doesNotContainAnyElementsOf(BIG_TABLES);
    }

    /** PlanOverviews.of: GET /clients/{id}/aftercare, a page of the client's plans with messages and milestones. */
    @Test
    void aClientsAftercare() throws SQLException {
        assertIndexed(plans.explain("""
                        with page as (select session_id from aftercare_plan where client_id = ?
                                      order by started_at desc, session_id limit ? offset ?)
                        select p.session_id, p.started_at, p.time_zone, m.step, m.channel, m.scheduled_for, m.sent_at,
                            m.status, m.note
                        from aftercare_plan p left join aftercare_message m on m.session_id = p.session_id
                        where p.session_id in (select session_id from page)
                        union all
                        select p.session_id, p.started_at, p.time_zone, s.step, null, s.due_at, null,
                            case when s.cancelled_at is null then 'SCHEDULED' else 'CANCELLED' end,
                            case when exists (select 1 from healing_concern c where c.session_id = p.session_id
                                              and c.resolved_at is null) then cast(? as text) end
                        from aftercare_plan p join aftercare_step s on s.session_id = p.session_id
                        where p.session_id in (select session_id from page) and s.step in (?, ?, ?)
                          and not exists (select 1 from milestone r where r.session_id = s.session_id
                                          and r.milestone = (cast(? as jsonb) ->> s.step))
                        order by started_at desc, session_id""",
                id("client", 42), 50, 0, "held", "DAY7_HEALING_CHECK", "NEXT_SESSION", "MAINTENANCE",
                "{\"DAY7_HEALING_CHECK\": \"HEALING_CHECK_PASSED\", \"NEXT_SESSION\": \"NEXT_SESSION_ELIGIBLE\", "
                        + "\"MAINTENANCE\": \"MAINTENANCE_DUE\"}"));
    }

    /** db-scheduler's poll for due executions (JdbcTaskRepository.getDue): 2 threads fetch up to 6. */
    @Test
    void theSchedulersDueExecutions() throws SQLException {
        assertIndexed(plans.explain("""
                        SELECT * FROM scheduled_tasks WHERE picked = ? AND execution_time <= ?
                        ORDER BY execution_time ASC LIMIT 6""", false, Timestamp.from(NOW)));
    }

    /** AftercarePlans: the due step a task delivers, with its plan. */
    @Test
    void aDueStepWithItsPlan() throws SQLException {
        assertIndexed(plans.explain("""
                        select s.due_at, s.cancelled_at, p.treated_areas, p.session_id, p.client_id, p.location_id,
                            p.time_zone, p.completed_at, p.correlation_id, p.causation_id
                        from aftercare_step s join aftercare_plan p on p.session_id = s.session_id
                        where s.session_id = ? and s.step = ?""", id("session", 42), "DAY1_CHECK_IN"));
    }

    /** SendLedger: the messages of a step still to send. */
    @Test
    void aStepsMessagesToSend() throws SQLException {
        assertIndexed(plans.explain("""
                        select message_id from aftercare_message
                        where session_id = ? and step = ? and status = 'SCHEDULED' order by channel""",
                id("session", 29990), "DAY7_HEALING_CHECK"));
    }

    /** SendLedger: a message, locked while it is sent. */
    @Test
    void aMessageToSend() throws SQLException {
        assertIndexed(plans.explain("""
                        select m.message_id, m.session_id, p.client_id, m.step, m.channel, m.status, m.attempts
                        from aftercare_message m join aftercare_plan p on p.session_id = m.session_id
                        where m.message_id = ? for update of m""", id("message-DAY0_INSTRUCTIONS", 29990)));
    }
}
