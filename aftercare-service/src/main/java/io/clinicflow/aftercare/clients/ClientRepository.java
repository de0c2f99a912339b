package io.clinicflow.aftercare.clients;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the client; a later registration of the same client replaces the contact details and consent, unless
     * the client was erased meanwhile.
     */
    void save(ClientContact contact, String homeLocationId, Instant registeredAt) {
        jdbc.sql("""
                        insert into client
                            (client_id, first_name, email, phone, email_consent, sms_consent, registered_at,
                             home_location_id)
                        values (:clientId, :firstName, :email, :phone, :emailConsent, :smsConsent, :registeredAt,
                            :homeLocationId)
                        on conflict (client_id) do update set first_name = excluded.first_name, email = excluded.email,
                            phone = excluded.phone, email_consent = excluded.email_consent,
                            sms_consent = excluded.sms_consent, home_location_id = excluded.home_location_id
                        where client.erased_at is null""")
                .param("clientId", contact.clientId().value())
                .param("firstName", contact.firstName())
                .param("email", contact.email())
                .param("phone", contact.phone().orElse(null))
                .param("emailConsent", contact.consent().email())
                .param("smsConsent", contact.consent().sms())
                .param("registeredAt", Timestamp.from(registeredAt))
                .param("homeLocationId", homeLocationId)
                .update();
    }

    /** Empty for an unknown client; a present client without a known home location has an empty inner value. */
    Optional<Optional<String>> homeLocation(ClientId clientId) {
        return jdbc.sql("select home_location_id from client where client_id = :clientId")
                .param("clientId", clientId.value())
                .query((rs, row) -> Optional.ofNullable(rs.getString("home_location_id")))
                .optional();
    }

    /** The client's contact; empty for an unknown or erased client. */
    Optional<ClientContact> find(ClientId clientId) {
        return jdbc.sql("select * from client where client_id = :clientId and erased_at is null")
                .param("clientId", clientId.value())
                .query((rs, row) -> contactOf(rs))
                .optional();
    }

    boolean erased(ClientId clientId) {
        return jdbc.sql("select exists (select 1 from client where client_id = :clientId and erased_at is not null)")
                .param("clientId", clientId.value()).query(Boolean.class).single();
    }

    /**
     * Forgets name, email and phone, and marks the client erased; a client not stored yet is stored erased, so that
     * their ClientRegistered, if it comes later, finds them so (and could not be opened anyway).
     */
    void erase(ClientId clientId, String homeLocationId, Instant erasedAt) {
        jdbc.sql("""
                        insert into client (client_id, email_consent, sms_consent, registered_at, home_location_id,
                                            erased_at)
                        values (:clientId, false, false, :erasedAt, :homeLocationId, :erasedAt)
                        on conflict (client_id) do update set first_name = null, email = null, phone = null,
                            erased_at = coalesce(client.erased_at, excluded.erased_at)""")
                .param("clientId", clientId.value()).param("homeLocationId", homeLocationId)
                .param("erasedAt", Timestamp.from(erasedAt))
                .update();
    }

    private static ClientContact contactOf(ResultSet rs) throws SQLException {
        return new ClientContact(new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("first_name"),
                rs.getString("email"), Optional.ofNullable(rs.getString("phone")),
                new Consent(rs.getBoolean("email_consent"), rs.getBoolean("sms_consent")));
    }
}
