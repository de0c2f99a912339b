package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The client's plans as the aftercare overview shows them: every message, and every milestone still due. */
@Repository
class PlanOverviews {

    static final String HELD = "held: a healing concern of this session is open";

    private static final Comparator<StartedPlan.Message> IN_ORDER =
            Comparator.comparing((StartedPlan.Message m) -> m.scheduledFor().toInstant())
                    .thenComparing(StartedPlan.Message::step)
                    .thenComparing(m -> m.channel().map(ChannelName::ordinal).orElse(-1));

    private final JdbcClient jdbc;

    PlanOverviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the client's plans, newest first, each with its messages and due milestones in the order they run. */
    List<StartedPlan> of(ClientId clientId, Page page) {
        Map<SessionId, StartedPlan> plans = new LinkedHashMap<>();
        jdbc.sql("""
                        with page as (select session_id from aftercare_plan where client_id = :clientId
                                      order by started_at desc, session_id limit :limit offset :offset)
                        select p.session_id, p.started_at, p.time_zone, m.step, m.channel, m.scheduled_for, m.sent_at,
                            m.status, m.note
                        from aftercare_plan p left join aftercare_message m on m.session_id = p.session_id
                        where p.session_id in (select session_id from page)
                        union all
                        select p.session_id, p.started_at, p.time_zone, s.step, null, s.due_at, null,
                            case when s.cancelled_at is null then 'SCHEDULED' else 'CANCELLED' end,
                            case when exists (select 1 from healing_concern c where c.session_id = p.session_id
                                              and c.resolved_at is null) then cast(:held as text) end
                        from aftercare_plan p join aftercare_step s on s.session_id = p.session_id
                        where p.session_id in (select session_id from page) and s.step in (:milestoneSteps)
                          and not exists (select 1 from milestone r where r.session_id = s.session_id
                                          and r.milestone = (cast(:milestoneOfStep as jsonb) ->> s.step))
                        order by started_at desc, session_id""")
                .param("clientId", clientId.value()).param("limit", page.limit()).param("offset", page.offset())
                .param("held", HELD)
                .param("milestoneSteps", milestoneSteps()).param("milestoneOfStep", milestoneOfStep())
                .query(rs -> {
                    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
                    ZonedDateTime startedAt = at(rs, "started_at", zone);
                    StartedPlan plan = plans.computeIfAbsent(new SessionId(rs.getObject("session_id", UUID.class)),
                            sessionId -> new StartedPlan(sessionId, startedAt, new ArrayList<>()));
                    if (rs.getString("step") != null) {
                        plan.messages().add(messageOf(rs, zone));
                    }
                });
        plans.values().forEach(plan -> plan.messages().sort(IN_ORDER));
        return List.copyOf(plans.values());
    }

    private static List<String> milestoneSteps() {
        return Arrays.stream(AftercareStep.values()).filter(step -> step.milestone().isPresent())
                .map(AftercareStep::name).toList();
    }

    /** {"DAY7_HEALING_CHECK":"HEALING_CHECK_PASSED", ...}: a reached milestone no longer shows as a due step. */
    private static String milestoneOfStep() {
        return Arrays.stream(AftercareStep.values()).filter(step -> step.milestone().isPresent())
                .map(step -> "\"" + step.name() + "\":\"" + step.milestone().orElseThrow().name() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static StartedPlan.Message messageOf(ResultSet rs, ZoneId zone) throws SQLException {
        return new StartedPlan.Message(AftercareStep.valueOf(rs.getString("step")),
                Optional.ofNullable(rs.getString("channel")).map(ChannelName::valueOf), at(rs, "scheduled_for", zone),
                Optional.ofNullable(rs.getTimestamp("sent_at")).map(sent -> sent.toInstant().atZone(zone)),
                MessageStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("note")));
    }

    private static ZonedDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
        return rs.getTimestamp(column).toInstant().atZone(zone);
    }
}
