package io.clinicflow.aftercare.offers;

import io.clinicflow.aftercare.sessions.SessionId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The follow-up offers aftercare told clients about, one per session. */
@Repository
public class StoredOffers {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    StoredOffers(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores the offer with its slots; false (and nothing stored) when the session has an offer already. */
    boolean save(FollowUpOffer offer, Instant offeredAt) {
        int stored = jdbc.sql("""
                        insert into follow_up_offer (offer_id, session_id, offered_at)
                        values (:offerId, :sessionId, :at)
                        on conflict do nothing""")
                .param("offerId", offer.offerId().value()).param("sessionId", offer.sessionId().value())
                .param("at", Timestamp.from(offeredAt))
                .update();
        if (stored == 1) {
            // one round trip for the slots, as for a new plan's rows (ADR 0032): an offer has three (issue 18)
            batch.batchUpdate("""
                            insert into offered_slot (offer_id, starts_at, ends_at, practitioner_id)
                            values (:offerId, :startsAt, :endsAt, :practitionerId)""",
                    offer.slots().stream().map(slot -> new MapSqlParameterSource()
                            .addValue("offerId", offer.offerId().value())
                            .addValue("startsAt", Timestamp.from(slot.startsAt()))
                            .addValue("endsAt", Timestamp.from(slot.endsAt()))
                            .addValue("practitionerId", slot.practitionerId())).toArray(SqlParameterSource[]::new));
        }
        return stored == 1;
    }

    /** The offer a session's FOLLOW_UP_OFFER message announces, its slots earliest first. */
    @Transactional(readOnly = true)
    public Optional<FollowUpOffer> ofSession(SessionId sessionId) {
        return jdbc.sql("select offer_id from follow_up_offer where session_id = :sessionId")
                .param("sessionId", sessionId.value()).query(UUID.class).optional()
                .map(offerId -> new FollowUpOffer(new OfferId(offerId), sessionId, jdbc.sql("""
                                select starts_at, ends_at, practitioner_id from offered_slot
                                where offer_id = :offerId order by starts_at, practitioner_id""")
                        .param("offerId", offerId)
                        .query((rs, row) -> new OfferedSlot(rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant(), rs.getObject("practitioner_id", UUID.class)))
                        .list()));
    }
}
