package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class TreatmentSessionRepository {

    private static final TypeReference<List<TreatedArea>> AREAS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TreatmentSessionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void start(BookingId bookingId, Instant startedAt) {
        jdbc.sql("insert into treatment_session (booking_id, started_at) values (:id, :startedAt)")
                .param("id", bookingId.value())
                .param("startedAt", Timestamp.from(startedAt))
                .update();
    }

    void complete(BookingId bookingId, TreatmentRecord treatment, Instant completedAt) {
        jdbc.sql("""
                        update treatment_session set completed_at = :completedAt, areas = cast(:areas as jsonb),
                        numbing = :numbing, device = :device, cartridge_lot = :lot, practitioner_id = :practitionerId,
                        notes = :notes where booking_id = :id""")
                .param("completedAt", Timestamp.from(completedAt))
                .param("areas", json.writeValueAsString(treatment.areas()))
                .param("numbing", treatment.numbing())
                .param("device", treatment.device())
                .param("lot", treatment.cartridgeLot())
                .param("practitionerId", treatment.practitionerId())
                .param("notes", treatment.notes())
                .param("id", bookingId.value())
                .update();
    }

    void abandon(BookingId bookingId, Abandonment abandonment) {
        jdbc.sql("""
                        update treatment_session set abandoned_at = :abandonedAt, abandon_reason_category = :reason,
                        abandon_note = :note where booking_id = :id""")
                .param("abandonedAt", Timestamp.from(abandonment.abandonedAt()))
                .param("reason", abandonment.reason().name())
                .param("note", abandonment.note())
                .param("id", bookingId.value())
                .update();
    }

    /** The booking as a session: not started yet when it has no row. */
    TreatmentSession of(Booking booking) {
        return jdbc.sql("select * from treatment_session where booking_id = :id")
                .param("id", booking.id().value())
                .query((rs, row) -> session(booking, rs))
                .optional()
                .orElseGet(() -> new TreatmentSession(booking, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }

    private TreatmentSession session(Booking booking, ResultSet rs) throws SQLException {
        Optional<Instant> completedAt = Optional.ofNullable(rs.getTimestamp("completed_at")).map(Timestamp::toInstant);
        Optional<TreatmentRecord> treatment = completedAt.isEmpty() ? Optional.empty()
                : Optional.of(new TreatmentRecord(json.readValue(rs.getString("areas"), AREAS),
                        rs.getBoolean("numbing"), rs.getString("device"), rs.getString("cartridge_lot"),
                        rs.getObject("practitioner_id", UUID.class), rs.getString("notes")));
        return new TreatmentSession(booking, Optional.of(rs.getTimestamp("started_at").toInstant()), completedAt,
                treatment, abandonment(rs));
    }

    private static Optional<Abandonment> abandonment(ResultSet rs) throws SQLException {
        Timestamp abandonedAt = rs.getTimestamp("abandoned_at");
        return abandonedAt == null ? Optional.empty() : Optional.of(new Abandonment(
                AbandonReason.valueOf(rs.getString("abandon_reason_category")), rs.getString("abandon_note"),
                abandonedAt.toInstant()));
    }
}
