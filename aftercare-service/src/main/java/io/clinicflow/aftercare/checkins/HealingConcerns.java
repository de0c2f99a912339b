package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored check-ins and the concerns they raised. */
@Repository
class HealingConcerns {

    private final JdbcClient jdbc;

    HealingConcerns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveCheckIn(CheckInId checkInId, SessionId sessionId, Instant recordedAt, HealingCheckIn checkIn,
                     Optional<ConcernId> concernId) {
        jdbc.sql("""
                        insert into healing_check_in (check_in_id, session_id, recorded_at, redness, swelling, pain,
                            signs_of_infection, note, concern_id)
                        values (:checkInId, :sessionId, :recordedAt, :redness, :swelling, :pain, :infection, :note,
                            :concernId)""")
                .param("checkInId", checkInId.value()).param("sessionId", sessionId.value())
                .param("recordedAt", Timestamp.from(recordedAt)).param("redness", checkIn.redness())
                .param("swelling", checkIn.swelling()).param("pain", checkIn.pain())
                .param("infection", checkIn.signsOfInfection()).param("note", checkIn.note().orElse(null))
                .param("concernId", concernId.map(ConcernId::value).orElse(null))
                .update();
    }

    void saveConcern(ConcernId concernId, SessionId sessionId, CheckInId checkInId, Instant raisedAt,
                     List<String> reasons) {
        jdbc.sql("""
                        insert into healing_concern (concern_id, session_id, check_in_id, raised_at, reasons)
                        values (:concernId, :sessionId, :checkInId, :raisedAt, :reasons)""")
                .param("concernId", concernId.value()).param("sessionId", sessionId.value())
                .param("checkInId", checkInId.value())
                .param("raisedAt", Timestamp.from(raisedAt)).param("reasons", String.join(",", reasons))
                .update();
    }

    Optional<SessionId> sessionOf(ConcernId concernId) {
        return jdbc.sql("select session_id from healing_concern where concern_id = :concernId")
                .param("concernId", concernId.value()).query(UUID.class).optional().map(SessionId::new);
    }

    /** Marks the concern resolved; false when it was resolved before. */
    boolean resolve(ConcernId concernId, UUID practitionerId, Optional<String> note, Instant resolvedAt) {
        return jdbc.sql("""
                        update healing_concern set resolved_at = :resolvedAt, resolved_by = :practitionerId,
                            resolution_note = :note
                        where concern_id = :concernId and resolved_at is null""")
                .param("concernId", concernId.value()).param("practitionerId", practitionerId)
                .param("note", note.orElse(null)).param("resolvedAt", Timestamp.from(resolvedAt))
                .update() == 1;
    }

    boolean anyOpen(SessionId sessionId) {
        return jdbc.sql("select exists (select 1 from healing_concern where session_id = :sessionId "
                        + "and resolved_at is null)")
                .param("sessionId", sessionId.value()).query(Boolean.class).single();
    }

    /** What the client wrote and what was noted on resolving their concerns, on every session of theirs. */
    void forgetNotesOf(ClientId clientId) {
        String sessionsOfClient = "session_id in (select session_id from aftercare_plan where client_id = :clientId)";
        jdbc.sql("update healing_check_in set note = null where " + sessionsOfClient)
                .param("clientId", clientId.value()).update();
        jdbc.sql("update healing_concern set resolution_note = null where " + sessionsOfClient)
                .param("clientId", clientId.value()).update();
    }
}
