package io.clinicflow.booking.clients;

import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import io.clinicflow.privacy.PersonalDataSeal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@BookingServiceTest
class ClientIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataSeal seal;

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());

    @Test
    void registersAClientAndTellsTheOtherServices() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        Map<String, Object> request = Reception.clientRequest(soho);

        Response created = reception.api.post("/api/v1/clients", request);

        assertThat(created.status()).isEqualTo(201);
        String client = created.text("id");
        Response read = reception.api.get("/api/v1/clients/" + client);
        assertThat(read.text("email")).isEqualTo(request.get("email"));
        assertThat(read.text("dateOfBirth")).isEqualTo("1990-12-10");
        assertThat(read.body().path("consent").path("email").asBoolean()).isTrue();
        assertThat(reception.api.get("/api/v1/clients").body().valueStream().map(c -> c.path("id").asString()))
                .contains(client);

        ClientRegistered registered = topics.awaitEvent(Topics.BOOKING_EVENTS, ClientRegistered.class,
                event -> event.getMeta().getClientId().equals(client));
        assertThat(registered.getMeta().getLocationId()).isEqualTo(soho);
        assertThat(registered.getMeta().getCausationId()).isNull();
        assertThat(registered.getMeta().getProducer()).isEqualTo("booking-service");
        assertThat(seal.open(UUID.fromString(client), registered.getPersonalData())).hasValueSatisfying(personal -> {
            assertThat(personal.getEmail()).isEqualTo(request.get("email"));
            assertThat(personal.getDateOfBirth()).isEqualTo(LocalDate.parse("1990-12-10"));
        });
        assertThat(registered.getHomeLocationId()).isEqualTo(soho);
        assertThat(registered.getEmailConsent()).isTrue();
        assertThat(registered.getSmsConsent()).isFalse();
        assertThat(topics.rawRecords(Topics.BOOKING_EVENTS)).filteredOn(r -> client.equals(r.key())).singleElement()
                .satisfies(record -> assertThat(new String(record.value(), StandardCharsets.ISO_8859_1))
                        .doesNotContain((String) request.get("email"), "Lovelace", "+447700900123"));
    }

    @Test
    void rejectsABadEmailABirthDateInTheFutureAndMissingConsent() {
        Reception reception = new Reception(port);
        Map<String, Object> request = Reception.clientRequest(reception.openLocation());
        request.put("email", "not-an-email");
        request.put("dateOfBirth", Reception.inDays(2, "00:00").toLocalDate().toString());
        request.put("consent", Map.of("sms", true));

        assertThat(errorFields(reception.api.post("/api/v1/clients", request)))
                .containsExactlyInAnyOrder("email", "dateOfBirth", "consent.email");
    }

    @Test
    void answers404ForAnUnknownHomeLocationOrClient() {
        Reception reception = new Reception(port);

        assertThat(reception.api.post("/api/v1/clients", Reception.clientRequest(UUID.randomUUID().toString())).status())
                .isEqualTo(404);
        assertThat(reception.api.get("/api/v1/clients/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
