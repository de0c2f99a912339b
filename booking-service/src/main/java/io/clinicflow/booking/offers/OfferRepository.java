package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.CoveredLocations;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class OfferRepository {

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(FollowUpOffer offer) {
        jdbc.sql("""
                        insert into follow_up_offer (id, client_id, location_id, time_zone, session_id, milestone,
                            window_start, window_end, status, created_at)
                        values (:id, :clientId, :locationId, :timeZone, :sessionId, :milestone, :windowStart, :windowEnd,
                            :status, :createdAt)""")
                .param("id", offer.id().value())
                .param("clientId", offer.clientId().value())
                .param("locationId", offer.locationId().value())
                .param("timeZone", offer.timeZone().getId())
                .param("sessionId", offer.sessionId().value())
                .param("milestone", offer.milestone().name())
                .param("windowStart", offer.window().start())
                .param("windowEnd", offer.window().end())
                .param("status", offer.status().name())
                .param("createdAt", Timestamp.from(offer.createdAt()))
                .update();
        for (int position = 0; position < offer.slots().size(); position++) {
            Slot slot = offer.slots().get(position);
            jdbc.sql("""
                            insert into follow_up_offer_slot (offer_id, position, starts_at, ends_at, practitioner_id)
                            values (:offer, :position, :startsAt, :endsAt, :practitioner)""")
                    .param("offer", offer.id().value())
                    .param("position", position)
                    .param("startsAt", Timestamp.from(slot.startsAt()))
                    .param("endsAt", Timestamp.from(slot.endsAt()))
                    .param("practitioner", slot.practitionerId().value())
                    .update();
        }
    }

    void update(FollowUpOffer offer) {
        jdbc.sql("update follow_up_offer set status = :status, accepted_booking_id = :booking where id = :id")
                .param("id", offer.id().value())
                .param("status", offer.status().name())
                .param("booking", offer.acceptedBookingId() == null ? null : offer.acceptedBookingId().value())
                .update();
    }

    /**
     * Expires every open offer whose window ended before today in its location's calendar, in one statement; an offer
     * already expired (or accepted) is left alone, so running it again changes nothing.
     */
    List<FollowUpOffer> expireEnded(Instant now) {
        List<OfferId> expired = jdbc.sql("""
                        update follow_up_offer set status = 'EXPIRED'
                        where status = 'OPEN' and window_end < (cast(:now as timestamptz) at time zone time_zone)::date
                        returning id""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((row, number) -> new OfferId(row.getObject("id", UUID.class)))
                .list();
        return expired.stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<FollowUpOffer> find(OfferId id) {
        return jdbc.sql("select * from follow_up_offer where id = :id").param("id", id.value())
                .query(this::offer).optional();
    }

    /** The offer, locked until the transaction ends, so that it is accepted once. */
    Optional<FollowUpOffer> lock(OfferId id) {
        return jdbc.sql("select * from follow_up_offer where id = :id for update").param("id", id.value())
                .query(this::offer).optional();
    }

    /** A page of the client's offers at the covered locations, newest first. */
    List<FollowUpOffer> ofClient(ClientId client, CoveredLocations covered, Page page) {
        return jdbc.sql("""
                        select * from follow_up_offer
                        where client_id = :client and location_id = any(cast(:covered as uuid[]))
                        order by created_at desc, id limit :limit offset :offset""")
                .param("client", client.value())
                .param("covered", covered.sql()).param("limit", page.limit()).param("offset", page.offset())
                .query(this::offer).list();
    }

    private FollowUpOffer offer(ResultSet row, int number) throws SQLException {
        OfferId id = new OfferId(row.getObject("id", UUID.class));
        UUID accepted = row.getObject("accepted_booking_id", UUID.class);
        return new FollowUpOffer(id, new ClientId(row.getObject("client_id", UUID.class)),
                new LocationId(row.getObject("location_id", UUID.class)), ZoneId.of(row.getString("time_zone")),
                new BookingId(row.getObject("session_id", UUID.class)),
                HealingMilestone.valueOf(row.getString("milestone")),
                new OfferWindow(row.getObject("window_start", LocalDate.class), row.getObject("window_end", LocalDate.class)),
                slots(id), OfferStatus.valueOf(row.getString("status")),
                accepted == null ? null : new BookingId(accepted), row.getTimestamp("created_at").toInstant());
    }

    private List<Slot> slots(OfferId offer) {
        return jdbc.sql("select * from follow_up_offer_slot where offer_id = :offer order by position")
                .param("offer", offer.value())
                .query((row, number) -> new Slot(row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant(),
                        new PractitionerId(row.getObject("practitioner_id", UUID.class))))
                .list();
    }
}
