package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stored plans with their steps and messages. */
@Repository
public class AftercarePlans {

    private static final String PLAN_COLUMNS = "p.session_id, p.client_id, p.location_id, p.time_zone, p.completed_at, "
            + "p.correlation_id, p.causation_id";

    private static final String INSERT_STEP = """
            insert into aftercare_step (session_id, step, due_at) values (:sessionId, :step, :dueAt)
            on conflict do nothing""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    AftercarePlans(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores the plan; false (and nothing stored) when the session already has one. */
    boolean save(CompletedSession session, AftercarePlan plan, Instant startedAt) {
        Journey journey = session.journey();
        int stored = jdbc.sql("""
                        insert into aftercare_plan (session_id, client_id, location_id, practitioner_id, time_zone,
                            completed_at, started_at, correlation_id, causation_id, course_id, treated_areas)
                        values (:sessionId, :clientId, :locationId, :practitionerId, :timeZone, :completedAt,
                            :startedAt, :correlationId, :causationId, :courseId, :treatedAreas)
                        on conflict (session_id) do nothing""")
                .param("sessionId", session.sessionId().value()).param("clientId", session.clientId().value())
                .param("locationId", session.locationId()).param("practitionerId", session.practitionerId())
                .param("timeZone", session.timeZone().getId())
                .param("completedAt", Timestamp.from(session.completedAt()))
                .param("startedAt", Timestamp.from(startedAt))
                .param("correlationId", journey.correlationId()).param("causationId", journey.causationId())
                .param("courseId", session.courseId().value())
                .param("treatedAreas", session.areas().stream().map(Enum::name).sorted().toArray(String[]::new))
                .update();
        if (stored == 1) {
            // one round trip each for the steps and the messages: a plan is five to ten of each (issue 8)
            batch.batchUpdate(INSERT_STEP, plan.steps().stream().map(step -> stepRow(plan.sessionId(), step))
                    .toArray(SqlParameterSource[]::new));
            saveMessages(plan.sessionId(), plan.messages());
        }
        return stored == 1;
    }

    /** Stores a step with its messages; false (and nothing stored) when the plan has this step already. */
    boolean saveStep(SessionId sessionId, PlannedStep planned, List<PlannedMessage> messages) {
        boolean stored = saveStep(sessionId, planned);
        if (stored) {
            saveMessages(sessionId, messages);
        }
        return stored;
    }

    private boolean saveStep(SessionId sessionId, PlannedStep planned) {
        return jdbc.sql(INSERT_STEP).paramSource(stepRow(sessionId, planned)).update() == 1;
    }

    private void saveMessages(SessionId sessionId, List<PlannedMessage> messages) {
        batch.batchUpdate("""
                        insert into aftercare_message
                            (message_id, session_id, step, channel, scheduled_for, status, note)
                        values (:messageId, :sessionId, :step, :channel, :scheduledFor, :status, :note)""",
                messages.stream().map(message -> new MapSqlParameterSource()
                        .addValue("messageId", message.messageId().value()).addValue("sessionId", sessionId.value())
                        .addValue("step", message.step().name()).addValue("channel", message.channel().name())
                        .addValue("scheduledFor", Timestamp.from(message.scheduledFor().toInstant()))
                        .addValue("status", message.status().name())
                        .addValue("note", message.note().orElse(null))).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource stepRow(SessionId sessionId, PlannedStep planned) {
        return new MapSqlParameterSource().addValue("sessionId", sessionId.value())
                .addValue("step", planned.step().name())
                .addValue("dueAt", Timestamp.from(planned.runsAt().toInstant()));
    }

    public Optional<DueStep> dueStep(SessionId sessionId, AftercareStep step) {
        return jdbc.sql("select s.due_at, s.cancelled_at, p.treated_areas, " + PLAN_COLUMNS + """
                         from aftercare_step s join aftercare_plan p on p.session_id = s.session_id
                        where s.session_id = :sessionId and s.step = :step""")
                .param("sessionId", sessionId.value()).param("step", step.name())
                .query((rs, row) -> new DueStep(sessionId, step, rs.getTimestamp("due_at").toInstant(),
                        rs.getObject("location_id", UUID.class), ZoneId.of(rs.getString("time_zone")),
                        treatedAreasOf(rs), rs.getTimestamp("cancelled_at") != null, journeyOf(rs)))
                .optional();
    }

    public Optional<StoredPlan> find(SessionId sessionId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from aftercare_plan p where p.session_id = :sessionId")
                .param("sessionId", sessionId.value()).query((rs, row) -> planOf(rs)).optional();
    }

    /** Reads the plan and locks it until the transaction ends: concerns and milestones of a session take turns. */
    public Optional<StoredPlan> lock(SessionId sessionId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from aftercare_plan p where p.session_id = :sessionId for update")
                .param("sessionId", sessionId.value()).query((rs, row) -> planOf(rs)).optional();
    }

    /** Moves a step that fell due in quiet hours, with its messages still waiting, to a later time. */
    public void postpone(SessionId sessionId, AftercareStep step, Instant runsAt) {
        jdbc.sql("update aftercare_step set due_at = :runsAt where session_id = :sessionId and step = :step")
                .param("sessionId", sessionId.value()).param("step", step.name())
                .param("runsAt", Timestamp.from(runsAt))
                .update();
        jdbc.sql("""
                        update aftercare_message set scheduled_for = :runsAt
                        where session_id = :sessionId and step = :step and status = 'SCHEDULED'""")
                .param("sessionId", sessionId.value()).param("step", step.name())
                .param("runsAt", Timestamp.from(runsAt))
                .update();
    }

    /** Cancels the course's plans: steps not cancelled yet (returned, to unschedule) and the messages still waiting. */
    List<PlannedStepKey> cancelCourse(CourseId courseId, Instant cancelledAt) {
        return cancelPlansWhere("p.course_id = :planOwner", courseId.value(), cancelledAt, null);
    }

    /** Every plan of the erased client stops: waiting messages CANCELLED with a note saying why (ADR 0030). */
    List<PlannedStepKey> cancelClient(ClientId clientId, Instant cancelledAt) {
        return cancelPlansWhere("p.client_id = :planOwner", clientId.value(), cancelledAt, "client erased");
    }

    /** Cancels the pending steps and waiting messages of the plans the condition picks; the cancelled steps. */
    private List<PlannedStepKey> cancelPlansWhere(String plans, UUID planOwner, Instant cancelledAt, String note) {
        List<PlannedStepKey> cancelled = jdbc.sql("""
                        update aftercare_step s set cancelled_at = :cancelledAt
                        from aftercare_plan p
                        where p.session_id = s.session_id and %s and s.cancelled_at is null
                        returning s.session_id, s.step""".formatted(plans))
                .param("planOwner", planOwner).param("cancelledAt", Timestamp.from(cancelledAt))
                .query((rs, row) -> new PlannedStepKey(sessionIdOf(rs),
                        AftercareStep.valueOf(rs.getString("step"))))
                .list();
        jdbc.sql("""
                        update aftercare_message m
                        set status = 'CANCELLED', note = coalesce(cast(:note as text), m.note)
                        from aftercare_plan p
                        where p.session_id = m.session_id and %s and m.status = 'SCHEDULED'""".formatted(plans))
                .param("planOwner", planOwner).param("note", note).update();
        return cancelled;
    }

    /** The session's milestone steps that fell due by {@code now} and were not cancelled. */
    public List<AftercareStep> milestonesDueBy(SessionId sessionId, Instant now) {
        return jdbc.sql("""
                        select step from aftercare_step
                        where session_id = :sessionId and due_at <= :now and cancelled_at is null""")
                .param("sessionId", sessionId.value()).param("now", Timestamp.from(now))
                .query((rs, row) -> AftercareStep.valueOf(rs.getString("step"))).list().stream()
                .filter(step -> step.milestone().isPresent()).toList();
    }

    private static StoredPlan planOf(ResultSet rs) throws SQLException {
        return new StoredPlan(sessionIdOf(rs), new ClientId(rs.getObject("client_id", UUID.class)),
                ZoneId.of(rs.getString("time_zone")), rs.getTimestamp("completed_at").toInstant(), journeyOf(rs));
    }

    private static SessionId sessionIdOf(ResultSet rs) throws SQLException {
        return new SessionId(rs.getObject("session_id", UUID.class));
    }

    private static Set<TreatmentArea> treatedAreasOf(ResultSet rs) throws SQLException {
        return Arrays.stream((String[]) rs.getArray("treated_areas").getArray()).map(TreatmentArea::valueOf)
                .collect(Collectors.toSet());
    }

    private static Journey journeyOf(ResultSet rs) throws SQLException {
        return new Journey(rs.getString("correlation_id"), rs.getString("causation_id"), rs.getString("client_id"),
                rs.getString("location_id"));
    }
}
