package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@BookingServiceTest
class PractitionerIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void addsAPractitionerWorkingAtTwoLocations() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String camden = reception.openLocation();

        Response created = reception.api.post("/api/v1/practitioners",
                Map.of("name", "Mara Quinn", "locationIds", List.of(soho, camden)));

        assertThat(created.status()).isEqualTo(201);
        Response read = reception.api.get("/api/v1/practitioners/" + created.text("id"));
        assertThat(read.text("name")).isEqualTo("Mara Quinn");
        assertThat(read.body().path("locationIds").valueStream().map(id -> id.asString()))
                .containsExactlyInAnyOrder(soho, camden);
        assertThat(reception.api.get("/api/v1/practitioners").body().valueStream().map(p -> p.path("id").asString()))
                .contains(created.text("id"));
    }

    @Test
    void rejectsAPractitionerWithoutNameOrLocations() {
        Reception reception = new Reception(port);

        assertThat(errorFields(reception.api.post("/api/v1/practitioners", Map.of("locationIds", List.of()))))
                .containsExactlyInAnyOrder("name", "locationIds");
    }

    @Test
    void answers404ForAnUnknownLocationOrPractitioner() {
        Reception reception = new Reception(port);

        assertThat(reception.api.post("/api/v1/practitioners",
                Map.of("name", "Mara Quinn", "locationIds", List.of(UUID.randomUUID().toString()))).status())
                .isEqualTo(404);
        assertThat(reception.api.get("/api/v1/practitioners/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
