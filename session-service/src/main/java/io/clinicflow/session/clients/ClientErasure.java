package io.clinicflow.session.clients;

import io.clinicflow.messaging.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Forgets what session-service holds of a client who asked to be forgotten (ClientErasureRequested, ADR 0030): their
 * date of birth, their health declarations, and the reasons and free text of their screenings, reviews and treatment
 * records. Ids, outcomes, statuses and times stay, so the chain can still account for every session it ran.
 */
@Service
public class ClientErasure {

    private static final String CONSUMER = "session-erasures";
    private static final String BOOKINGS_OF_CLIENT = "(select booking_id from booking where client_id = :clientId)";

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final ErasureLog audit;
    private final Clock clock;

    ClientErasure(JdbcClient jdbc, Inbox inbox, ErasureLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void erase(ClientId clientId, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        audit.recordErasure(clientId);
        jdbc.sql("update client set date_of_birth = null, erased_at = :erasedAt where client_id = :clientId")
                .param("clientId", clientId.value()).param("erasedAt", Timestamp.from(clock.instant())).update();
        // gone, not emptied: an empty declaration would read as "nothing to declare" and clear a later screening
        jdbc.sql("delete from health_declaration where client_id = :clientId").param("clientId", clientId.value())
                .update();
        jdbc.sql("update screening set reason_codes = '{}', pre_care_instructions = '{}' where booking_id in "
                + BOOKINGS_OF_CLIENT).param("clientId", clientId.value()).update();
        jdbc.sql("update screening_review set note = null where booking_id in " + BOOKINGS_OF_CLIENT)
                .param("clientId", clientId.value()).update();
        jdbc.sql("update treatment_session set notes = null, abandon_note = null where booking_id in "
                + BOOKINGS_OF_CLIENT).param("clientId", clientId.value()).update();
    }
}
