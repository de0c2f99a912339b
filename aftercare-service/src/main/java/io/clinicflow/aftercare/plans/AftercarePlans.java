package io.clinicflow.aftercare.plans;

import io.clinicflow.messaging.Journey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stored plans with their steps and messages. */
@Repository
public class AftercarePlans {

    private final JdbcClient jdbc;

    AftercarePlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the plan; false (and nothing stored) when the session already has one. */
    boolean save(CompletedSession session, AftercarePlan plan, Instant startedAt) {
        Journey journey = session.journey();
        int stored = jdbc.sql("""
                        insert into aftercare_plan (session_id, client_id, location_id, practitioner_id, time_zone,
                            completed_at, started_at, correlation_id, causation_id)
                        values (:sessionId, :clientId, :locationId, :practitionerId, :timeZone, :completedAt,
                            :startedAt, :correlationId, :causationId)
                        on conflict (session_id) do nothing""")
                .param("sessionId", session.sessionId()).param("clientId", session.clientId())
                .param("locationId", session.locationId()).param("practitionerId", session.practitionerId())
                .param("timeZone", session.timeZone().getId())
                .param("completedAt", Timestamp.from(session.completedAt()))
                .param("startedAt", Timestamp.from(startedAt))
                .param("correlationId", journey.correlationId()).param("causationId", journey.causationId())
                .update();
        if (stored == 1) {
            plan.steps().forEach(step -> saveStep(plan.sessionId(), step));
            plan.messages().forEach(message -> saveMessage(plan.sessionId(), message));
        }
        return stored == 1;
    }

    private void saveStep(UUID sessionId, PlannedStep planned) {
        jdbc.sql("insert into aftercare_step (session_id, step, due_at) values (:sessionId, :step, :dueAt)")
                .param("sessionId", sessionId).param("step", planned.step().name())
                .param("dueAt", Timestamp.from(planned.runsAt().toInstant()))
                .update();
    }

    private void saveMessage(UUID sessionId, PlannedMessage message) {
        jdbc.sql("""
                        insert into aftercare_message
                            (message_id, session_id, step, channel, scheduled_for, status, note)
                        values (:messageId, :sessionId, :step, :channel, :scheduledFor, :status, :note)""")
                .param("messageId", message.messageId()).param("sessionId", sessionId)
                .param("step", message.step().name()).param("channel", message.channel().name())
                .param("scheduledFor", Timestamp.from(message.scheduledFor().toInstant()))
                .param("status", message.status().name()).param("note", message.note().orElse(null))
                .update();
    }

    public Optional<DueStep> dueStep(UUID sessionId, AftercareStep step) {
        return jdbc.sql("""
                        select s.due_at, p.correlation_id, p.causation_id, p.client_id, p.location_id
                        from aftercare_step s join aftercare_plan p on p.session_id = s.session_id
                        where s.session_id = :sessionId and s.step = :step""")
                .param("sessionId", sessionId).param("step", step.name())
                .query((rs, row) -> new DueStep(sessionId, step, rs.getTimestamp("due_at").toInstant(), new Journey(
                        rs.getString("correlation_id"), rs.getString("causation_id"), rs.getString("client_id"),
                        rs.getString("location_id"))))
                .optional();
    }

    /** The client's plans, newest first, each with its messages in the order they go out. */
    public List<StartedPlan> of(UUID clientId) {
        Map<UUID, StartedPlan> plans = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.session_id, p.started_at, p.time_zone, m.step, m.channel, m.scheduled_for, m.sent_at,
                            m.status, m.note
                        from aftercare_plan p left join aftercare_message m on m.session_id = p.session_id
                        where p.client_id = :clientId
                        order by p.started_at desc, p.session_id, m.scheduled_for, m.step, m.channel""")
                .param("clientId", clientId)
                .query(rs -> {
                    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
                    ZonedDateTime startedAt = at(rs, "started_at", zone);
                    StartedPlan plan = plans.computeIfAbsent(rs.getObject("session_id", UUID.class),
                            sessionId -> new StartedPlan(sessionId, startedAt, new ArrayList<>()));
                    if (rs.getString("step") != null) {
                        plan.messages().add(messageOf(rs, zone));
                    }
                });
        return List.copyOf(plans.values());
    }

    private static StartedPlan.Message messageOf(ResultSet rs, ZoneId zone) throws SQLException {
        return new StartedPlan.Message(AftercareStep.valueOf(rs.getString("step")),
                Channel.valueOf(rs.getString("channel")), at(rs, "scheduled_for", zone),
                Optional.ofNullable(rs.getTimestamp("sent_at")).map(sent -> sent.toInstant().atZone(zone)),
                MessageStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("note")));
    }

    private static ZonedDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
        return rs.getTimestamp(column).toInstant().atZone(zone);
    }
}
