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

    /** Stores the client; a later registration of the same client replaces the contact details and consent. */
    void save(ClientContact contact, String homeLocationId, Instant registeredAt) {
        jdbc.sql("""
                        insert into client
                            (client_id, first_name, email, phone, email_consent, sms_consent, registered_at,
                             home_location_id)
                        values (:clientId, :firstName, :email, :phone, :emailConsent, :smsConsent, :registeredAt,
                            :homeLocationId)
                        on conflict (client_id) do update set first_name = excluded.first_name, email = excluded.email,
                            phone = excluded.phone, email_consent = excluded.email_consent,
                            sms_consent = excluded.sms_consent, home_location_id = excluded.home_location_id""")
                .param("clientId", contact.clientId())
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
    Optional<Optional<String>> homeLocation(UUID clientId) {
        return jdbc.sql("select home_location_id from client where client_id = :clientId")
                .param("clientId", clientId)
                .query((rs, row) -> Optional.ofNullable(rs.getString("home_location_id")))
                .optional();
    }

    Optional<ClientContact> find(UUID clientId) {
        return jdbc.sql("select * from client where client_id = :clientId")
                .param("clientId", clientId)
                .query((rs, row) -> contactOf(rs))
                .optional();
    }

    private static ClientContact contactOf(ResultSet rs) throws SQLException {
        return new ClientContact(rs.getObject("client_id", UUID.class), rs.getString("first_name"),
                rs.getString("email"), Optional.ofNullable(rs.getString("phone")),
                new Consent(rs.getBoolean("email_consent"), rs.getBoolean("sms_consent")));
    }
}
