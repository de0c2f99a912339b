package io.clinicflow.session.clients;

import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.privacy.ClientKeyLookup;
import io.clinicflow.privacy.ClientKeys;
import io.clinicflow.privacy.ReadOnlyClientKeys;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.session.SessionServiceTest;
import io.clinicflow.session.WithNewClient;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ClientErasureRequested: session-service forgets the client's health data, and a replayed registration (ADR 0030). */
@SessionServiceTest
class ClientErasureIntegrationTests extends WithNewClient {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;

    private final String home = UUID.randomUUID().toString();

    @Test
    void forgetsTheClientsDeclarationsReasonsAndDateOfBirthAndAuditsTheErasureOnce() {
        bookingService.registerClient(clientId, LocalDate.parse("1985-03-01"), home);
        BookedSession booking = bookingService.book(clientId, clock.instant().plus(Duration.ofDays(2)));
        awaitScreening(booking, ScreeningOutcome.DECLARATION_REQUIRED);
        assertThat(api.post("/api/v1/clients/" + clientId + "/health-declarations",
                Map.of("answers", Map.of("ACTIVE_ACNE_IN_AREA", true))).status()).isEqualTo(201);
        awaitScreening(booking, ScreeningOutcome.REVIEW_REQUIRED);

        ClientErasureRequested erasure = bookingService.requestErasure(clientId, home);
        bookingService.publish(erasure);
        bookingService.confirm(booking);

        await().atMost(PATIENCE).until(() -> jdbc.sql("select status from booking where booking_id = ?")
                .param(booking.bookingId()).query(String.class).single(), "CONFIRMED"::equals);
        assertThat(count("select count(*) from health_declaration where client_id = ?")).isZero();
        assertThat(count("select count(*) from client where client_id = ? and date_of_birth is null "
                + "and erased_at is not null")).isEqualTo(1);
        assertThat(count("""
                select count(*) from screening s join booking b using (booking_id)
                where b.client_id = ? and s.reason_codes <> '{}'""")).isZero();
        assertThat(count("""
                select count(*) from phi_audit where client_id = ? and actor = 'erasure'
                and purpose = 'right to erasure'""")).as("once, though the event came twice").isEqualTo(1);
    }

    @Test
    void refusesANewDeclarationOfAnErasedClientWithGone() {
        bookingService.registerClient(clientId, LocalDate.parse("1985-03-01"), home);
        bookingService.publish(bookingService.requestErasure(clientId, home));
        await().atMost(PATIENCE).until(() -> count("select count(*) from client where client_id = ? "
                + "and erased_at is not null") == 1);

        ApiClient.Response refused = api.post("/api/v1/clients/" + clientId + "/health-declarations",
                Map.of("answers", Map.of("ACTIVE_ACNE_IN_AREA", false)));

        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.text("detail")).isEqualTo("client erased");
        assertThat(refused.text("clientId")).isEqualTo(clientId.toString());
        assertThat(count("select count(*) from health_declaration where client_id = ?")).isZero();
        assertThat(count("select count(*) from phi_audit where client_id = ? and record_type = 'DECLARATION'"))
                .as("nothing was written, so no write is audited").isZero();
    }

    @Test
    void storesAClientWhoseRegistrationNoLongerOpensAsErasedInsteadOfDeadLetteringIt() {
        ClientRegistered registered = bookingService.registerClient(clientId, LocalDate.parse("1985-03-01"), home);
        await().atMost(PATIENCE).until(() -> count("select count(*) from client where client_id = ?") == 1);

        ClinicInfrastructure.shared().clientKeys().destroy(clientId);   // as booking: session only finds keys
        registered.getMeta().setEventId(UUID.randomUUID().toString());
        bookingService.publish(registered);

        await().atMost(PATIENCE).until(() -> count("select count(*) from client where client_id = ? "
                + "and date_of_birth is null and erased_at is not null") == 1);
        assertThat(probe.rawRecords(Topics.deadLetterOf(Topics.BOOKING_EVENTS)))
                .noneSatisfy(record -> assertThat(record.key()).isEqualTo(clientId.toString()));
    }

    private void awaitScreening(BookedSession booking, ScreeningOutcome outcome) {
        probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                screening -> screening.getBookingId().equals(booking.bookingId().toString())
                        && screening.getOutcome() == outcome);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(clientId).query(Long.class).single();
    }

    /** It opens what booking-service sealed and nothing more: no key made, destroyed or migrated here (ADR 0043). */
    @Test
    void findsClientKeysOnlyOnReadOnlyConnections(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(ClientKeyLookup.class).values()).singleElement()
                .isInstanceOf(ReadOnlyClientKeys.class);
        assertThat(context.getBeansOfType(ClientKeys.class)).isEmpty();
    }
}
