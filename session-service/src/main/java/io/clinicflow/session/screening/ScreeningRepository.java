package io.clinicflow.session.screening;

import io.clinicflow.kernel.Page;
import io.clinicflow.session.bookings.BookingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ScreeningRepository {

    private static final String OF_BOOKING =
            "select * from screening where booking_id = :bookingId order by screened_at, id";

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Screening screening) {
        Verdict verdict = screening.verdict();
        jdbc.sql("""
                        insert into screening (id, booking_id, outcome, reason_codes, earliest_eligible_date,
                                               pre_care_instructions, rule_set_version, screened_at, trigger,
                                               trigger_event_id)
                        values (:id, :bookingId, :outcome, :reasons, :earliest, :preCare, :version, :screenedAt,
                                :trigger, :triggerEventId)""")
                .param("id", screening.id().value())
                .param("bookingId", screening.bookingId().value())
                .param("outcome", verdict.outcome().name())
                .param("reasons", verdict.reasonCodes().toArray(String[]::new))
                .param("earliest", verdict.earliestEligibleDate().map(Date::valueOf).orElse(null), Types.DATE)
                .param("preCare", verdict.preCareInstructions().toArray(String[]::new))
                .param("version", verdict.ruleSetVersion())
                .param("screenedAt", Timestamp.from(screening.screenedAt()))
                .param("trigger", screening.trigger().name())
                .param("triggerEventId", UUID.fromString(screening.triggerEventId()))
                .update();
    }

    /** The booking's screenings, oldest first: the last one is the current decision. */
    List<Screening> ofBooking(BookingId bookingId) {
        return jdbc.sql(OF_BOOKING).param("bookingId", bookingId.value()).query(ScreeningRepository::screening).list();
    }

    /** A page of the booking's screenings, oldest first. */
    List<Screening> ofBooking(BookingId bookingId, Page page) {
        return jdbc.sql(OF_BOOKING + " limit :limit offset :offset").param("bookingId", bookingId.value())
                .param("limit", page.limit()).param("offset", page.offset())
                .query(ScreeningRepository::screening).list();
    }

    Optional<Screening> find(ScreeningId screeningId) {
        return jdbc.sql("select * from screening where id = :id").param("id", screeningId.value())
                .query(ScreeningRepository::screening).optional();
    }

    private static Screening screening(ResultSet rs, int row) throws SQLException {
        Verdict verdict = new Verdict(ScreeningOutcome.valueOf(rs.getString("outcome")),
                List.of((String[]) rs.getArray("reason_codes").getArray()),
                Optional.ofNullable(rs.getObject("earliest_eligible_date", LocalDate.class)),
                List.of((String[]) rs.getArray("pre_care_instructions").getArray()),
                rs.getString("rule_set_version"));
        return new Screening(new ScreeningId(rs.getObject("id", UUID.class)),
                new BookingId(rs.getObject("booking_id", UUID.class)), verdict,
                rs.getTimestamp("screened_at").toInstant(), ScreeningTrigger.valueOf(rs.getString("trigger")),
                rs.getString("trigger_event_id"));
    }
}
