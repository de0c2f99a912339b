package io.clinicflow.booking.clients;

import io.clinicflow.booking.locations.CoveredLocations;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Client client) {
        jdbc.sql("""
                        insert into client (id, first_name, last_name, email, phone, date_of_birth, home_location_id,
                                            email_consent, sms_consent, registered_at)
                        values (:id, :firstName, :lastName, :email, :phone, :dateOfBirth, :homeLocationId,
                                :emailConsent, :smsConsent, :registeredAt)""")
                .param("id", client.id().value())
                .param("firstName", client.firstName())
                .param("lastName", client.lastName())
                .param("email", client.email())
                .param("phone", client.phone())
                .param("dateOfBirth", client.dateOfBirth())
                .param("homeLocationId", client.homeLocationId().value())
                .param("emailConsent", client.consent().email())
                .param("smsConsent", client.consent().sms())
                .param("registeredAt", Timestamp.from(client.registeredAt()))
                .update();
    }

    /** The client, unless unknown or erased. */
    Optional<Client> find(ClientId id) {
        return jdbc.sql("select * from client where id = :id and erased_at is null").param("id", id.value())
                .query(ClientRepository::client).optional();
    }

    Optional<ErasedClient> findErased(ClientId id) {
        return jdbc.sql("select id, home_location_id, erased_at from client where id = :id and erased_at is not null")
                .param("id", id.value())
                .query((row, number) -> new ErasedClient(id,
                        new LocationId(row.getObject("home_location_id", UUID.class)),
                        row.getTimestamp("erased_at").toInstant()))
                .optional();
    }

    List<Client> page(CoveredLocations covered, Page page) {
        return jdbc.sql("""
                        select * from client
                        where erased_at is null and home_location_id = any(cast(:covered as uuid[]))
                        order by registered_at, id limit :limit offset :offset""")
                .param("covered", covered.sql()).param("limit", page.limit()).param("offset", page.offset())
                .query(ClientRepository::client).list();
    }

    /**
     * Forgets the client's personal data: contact details and date of birth, and the free text of their bookings'
     * cancellations; the bookings' ids, times and statuses stay for the chain's accounts. False if already erased.
     */
    boolean erase(ClientId id, Instant erasedAt) {
        int erased = jdbc.sql("""
                        update client set first_name = null, last_name = null, email = null, phone = null,
                                          date_of_birth = null, erased_at = :erasedAt
                        where id = :id and erased_at is null""")
                .param("id", id.value()).param("erasedAt", Timestamp.from(erasedAt)).update();
        jdbc.sql("update booking set cancellation_reason = null where client_id = :id").param("id", id.value())
                .update();
        return erased == 1;
    }

    private static Client client(ResultSet row, int number) throws SQLException {
        return new Client(new ClientId(row.getObject("id", UUID.class)), row.getString("first_name"),
                row.getString("last_name"), row.getString("email"), row.getString("phone"),
                row.getObject("date_of_birth", LocalDate.class),
                new LocationId(row.getObject("home_location_id", UUID.class)),
                new Consent(row.getBoolean("email_consent"), row.getBoolean("sms_consent")),
                row.getTimestamp("registered_at").toInstant());
    }
}
