package io.clinicflow.booking.availability;

import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static org.assertj.core.api.Assertions.assertThat;

@BookingServiceTest
class AvailabilityIntegrationTests {

    @LocalServerPort
    int port;

    private static List<OffsetDateTime> starts(Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        return response.body().path("slots").valueStream().map(slot -> time(slot.path("startsAt"))).toList();
    }

    private static String availability(String location, OffsetDateTime day, String query) {
        return "/api/v1/locations/" + location + "/availability?date=" + day.toLocalDate() + query;
    }

    @Test
    void listsFreeSlotsInTheLocationsOffsetLeavingOutABookedSessionAndItsBuffer() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String mara = reception.practitionerAt(soho);
        OffsetDateTime ten = inDays(3, "10:00");
        reception.bookedSession(reception.registerClient(soho), soho, mara, ten);

        List<OffsetDateTime> starts = starts(reception.api.get(availability(soho, ten, "&practitionerId=" + mara)));

        assertThat(starts.getFirst()).isEqualTo(inDays(3, "08:00"));
        assertThat(starts).contains(inDays(3, "08:45"), inDays(3, "11:15"), inDays(3, "19:00"));
        assertThat(starts).doesNotContain(inDays(3, "09:00"), inDays(3, "10:00"), inDays(3, "11:00"),
                inDays(3, "19:15"));
        JsonNode first = reception.api.get(availability(soho, ten, "&practitionerId=" + mara)).body().path("slots").get(0);
        assertThat(time(first.path("endsAt"))).isEqualTo(inDays(3, "09:00"));
        assertThat(first.path("practitionerId").asString()).isEqualTo(mara);
    }

    @Test
    void offersEveryPractitionerOfTheLocationAndLongerSessionsForBodyAreas() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String mara = reception.practitionerAt(soho);
        String noor = reception.practitionerAt(soho);
        OffsetDateTime day = inDays(4, "08:00");

        Response all = reception.api.get(availability(soho, day, "&treatmentAreas=FACE,THIGHS"));

        assertThat(all.body().path("slots").valueStream().map(slot -> slot.path("practitionerId").asString()).distinct())
                .containsExactlyInAnyOrder(mara, noor);
        assertThat(starts(all)).doesNotContain(inDays(4, "18:45")).contains(inDays(4, "18:30"));
        assertThat(time(all.body().path("slots").get(0).path("endsAt"))).isEqualTo(inDays(4, "09:30"));
    }

    @Test
    void rejectsAPractitionerOfAnotherLocationAndAnswers404ForAnUnknownLocation() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String elsewhere = reception.practitionerAt(reception.openLocation());
        OffsetDateTime day = inDays(2, "08:00");

        assertThat(Reception.errorFields(reception.api.get(availability(soho, day, "&practitionerId=" + elsewhere))))
                .containsExactly("practitionerId");
        assertThat(reception.api.get(availability(UUID.randomUUID().toString(), day, "")).status()).isEqualTo(404);
        assertThat(reception.api.get("/api/v1/locations/" + soho + "/availability?date=tomorrow").status())
                .isEqualTo(400);
    }

    /** Issue 23, ADR 0040: a day no clinic means is a 400 on {@code date}, on both lists that take a day. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+99999999-01-01", "+10000-01-01", "-99999-01-01", "1999-12-31", "2100-01-01"})
    void refusesADayOutsideTheClinicsCalendar(String date) {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String day = URLEncoder.encode(date, StandardCharsets.UTF_8);       // "+" in a query is a space

        assertThat(Reception.errorFields(reception.api.get("/api/v1/locations/" + soho + "/availability?date=" + day)))
                .containsExactly("date");
        assertThat(Reception.errorFields(reception.api.get("/api/v1/locations/" + soho + "/bookings?date=" + day)))
                .containsExactly("date");
    }
}
