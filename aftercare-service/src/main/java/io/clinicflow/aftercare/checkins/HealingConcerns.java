package io.clinicflow.aftercare.checkins;

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

    void saveCheckIn(UUID checkInId, UUID sessionId, Instant recordedAt, HealingCheckIn checkIn,
                     Optional<UUID> concernId) {
        jdbc.sql("""
                        insert into healing_check_in (check_in_id, session_id, recorded_at, redness, swelling, pain,
                            signs_of_infection, note, concern_id)
                        values (:checkInId, :sessionId, :recordedAt, :redness, :swelling, :pain, :infection, :note,
                            :concernId)""")
                .param("checkInId", checkInId).param("sessionId", sessionId)
                .param("recordedAt", Timestamp.from(recordedAt)).param("redness", checkIn.redness())
                .param("swelling", checkIn.swelling()).param("pain", checkIn.pain())
                .param("infection", checkIn.signsOfInfection()).param("note", checkIn.note().orElse(null))
                .param("concernId", concernId.orElse(null))
                .update();
    }

    void saveConcern(UUID concernId, UUID sessionId, UUID checkInId, Instant raisedAt, List<String> reasons) {
        jdbc.sql("""
                        insert into healing_concern (concern_id, session_id, check_in_id, raised_at, reasons)
                        values (:concernId, :sessionId, :checkInId, :raisedAt, :reasons)""")
                .param("concernId", concernId).param("sessionId", sessionId).param("checkInId", checkInId)
                .param("raisedAt", Timestamp.from(raisedAt)).param("reasons", String.join(",", reasons))
                .update();
    }

    Optional<UUID> sessionOf(UUID concernId) {
        return jdbc.sql("select session_id from healing_concern where concern_id = :concernId")
                .param("concernId", concernId).query(UUID.class).optional();
    }

    /** Marks the concern resolved; false when it was resolved before. */
    boolean resolve(UUID concernId, UUID practitionerId, Optional<String> note, Instant resolvedAt) {
        return jdbc.sql("""
                        update healing_concern set resolved_at = :resolvedAt, resolved_by = :practitionerId,
                            resolution_note = :note
                        where concern_id = :concernId and resolved_at is null""")
                .param("concernId", concernId).param("practitionerId", practitionerId)
                .param("note", note.orElse(null)).param("resolvedAt", Timestamp.from(resolvedAt))
                .update() == 1;
    }

    boolean anyOpen(UUID sessionId) {
        return jdbc.sql("select exists (select 1 from healing_concern where session_id = :sessionId "
                        + "and resolved_at is null)")
                .param("sessionId", sessionId).query(Boolean.class).single();
    }

    /** What the client wrote and what was noted on resolving their concerns, on every session of theirs. */
    void forgetNotesOf(UUID clientId) {
        String sessionsOfClient = "session_id in (select session_id from aftercare_plan where client_id = :clientId)";
        jdbc.sql("update healing_check_in set note = null where " + sessionsOfClient).param("clientId", clientId)
                .update();
        jdbc.sql("update healing_concern set resolution_note = null where " + sessionsOfClient)
                .param("clientId", clientId).update();
    }
}
