package io.clinicflow.session.clients;

import io.clinicflow.messaging.Inbox;
import io.clinicflow.session.locations.LocationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The clients booking-service registered. A client id not seen yet is normal (ClientRegistered may still be in
 * flight): lookups answer empty and callers carry on without it.
 */
@Component
public class ClientDirectory {

    private static final String CONSUMER = "session-clients";

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final Clock clock;

    ClientDirectory(JdbcClient jdbc, Inbox inbox, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Stores the client; one registered without a date of birth was erased before their ClientRegistered reached
     * us (a replay: their key is gone, ADR 0030) and is stored as erased. An erased client stays so.
     */
    @Transactional
    public void register(Client client, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        jdbc.sql("""
                        insert into client (client_id, date_of_birth, home_location_id, erased_at)
                        values (:id, :dateOfBirth, :home, :erasedAt)
                        on conflict (client_id) do update
                        set date_of_birth = excluded.date_of_birth, home_location_id = excluded.home_location_id,
                            erased_at = excluded.erased_at
                        where client.erased_at is null""")
                .param("id", client.id().value())
                .param("dateOfBirth", client.dateOfBirth().orElse(null))
                .param("erasedAt", client.dateOfBirth().isPresent() ? null : Timestamp.from(clock.instant()))
                .param("home", client.homeLocationId().value())
                .update();
    }

    public Optional<Client> find(ClientId clientId) {
        return jdbc.sql("select client_id, date_of_birth, home_location_id from client where client_id = :id")
                .param("id", clientId.value())
                .query((rs, row) -> new Client(new ClientId(rs.getObject(1, UUID.class)),
                        Optional.ofNullable(rs.getObject(2, LocalDate.class)), new LocationId(rs.getString(3))))
                .optional();
    }
}
