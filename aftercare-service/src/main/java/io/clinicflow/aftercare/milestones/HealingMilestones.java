package io.clinicflow.aftercare.milestones;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Records the healing milestones sessions reach, each once, and tells the other services. */
@Service
public class HealingMilestones {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    HealingMilestones(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Records the milestone and emits {@link HealingMilestoneReached}; a milestone reached before changes nothing. */
    @Transactional
    public void reach(HealingMilestoneReached reached) {
        int recorded = jdbc.sql("""
                        insert into milestone (session_id, milestone, reached_at)
                        values (:sessionId, :milestone, :reachedAt)
                        on conflict do nothing""")
                .param("sessionId", reached.sessionId().value())
                .param("milestone", reached.milestone().name())
                .param("reachedAt", Timestamp.from(reached.reachedAt()))
                .update();
        if (recorded == 1) {
            events.publishEvent(reached);
        }
    }

    /** A page of the milestones the client's sessions reached, earliest first. */
    @Transactional(readOnly = true)
    public List<ReachedMilestone> reachedBy(ClientId clientId, Page page) {
        return jdbc.sql("""
                        select m.milestone, m.session_id, m.reached_at, p.time_zone from milestone m
                        join aftercare_plan p on p.session_id = m.session_id
                        where p.client_id = :clientId order by m.reached_at, m.milestone, m.session_id
                        limit :limit offset :offset""")
                .param("clientId", clientId.value()).param("limit", page.limit()).param("offset", page.offset())
                .query((rs, row) -> new ReachedMilestone(HealingMilestone.valueOf(rs.getString("milestone")),
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        rs.getTimestamp("reached_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone")))))
                .list();
    }
}
