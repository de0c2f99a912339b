package io.clinicflow.booking.locations;

import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.clinicflow.booking.Reception.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@BookingServiceTest
class LocationIntegrationTests {

    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    @Test
    void opensALocationWithMondayToSaturdayNineToSevenByDefault() {
        Response created = api().post("/api/v1/locations", Map.of("name", "Soho", "timeZone", "Europe/London"));

        assertThat(created.status()).isEqualTo(201);
        Response read = api().get("/api/v1/locations/" + created.text("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("Soho");
        assertThat(read.text("timeZone")).isEqualTo("Europe/London");
        assertThat(read.body().path("openingHours").propertyNames())
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY");
        assertThat(read.body().path("openingHours").path("MONDAY").get(0).path("opens").asString()).isEqualTo("09:00");
        assertThat(read.body().path("openingHours").path("SATURDAY").get(0).path("closes").asString()).isEqualTo("19:00");
    }

    @Test
    void keepsTheOpeningHoursGivenAndListsTheLocation() {
        Map<String, Object> hours = Map.of("SUNDAY", List.of(Map.of("opens", "10:00", "closes", "14:00"),
                Map.of("opens", "15:00", "closes", "18:30")));
        Response created = api().post("/api/v1/locations",
                Map.of("name", "Brooklyn", "timeZone", "America/New_York", "openingHours", hours));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("openingHours").propertyNames()).containsExactly("SUNDAY");
        assertThat(created.body().path("openingHours").path("SUNDAY").get(1).path("closes").asString()).isEqualTo("18:30");
        assertThat(api().get("/api/v1/locations").body().valueStream().map(location -> location.path("id").asString()))
                .contains(created.text("id"));
    }

    @Test
    void rejectsAMissingNameAndATimeZoneThatIsNoIanaZone() {
        assertThat(errorFields(api().post("/api/v1/locations", Map.of("timeZone", "Europe/London"))))
                .containsExactly("name");
        assertThat(errorFields(api().post("/api/v1/locations", Map.of("name", "Soho", "timeZone", "Mars/Olympus"))))
                .containsExactly("timeZone");
        assertThat(errorFields(api().post("/api/v1/locations", Map.of("name", "Soho", "timeZone", "+01:00"))))
                .containsExactly("timeZone");
    }

    @Test
    void rejectsOpeningHoursThatCloseBeforeTheyOpenOrOverlap() {
        Map<String, Object> backwards = Map.of("MONDAY", List.of(Map.of("opens", "19:00", "closes", "09:00")));
        Map<String, Object> overlapping = Map.of("MONDAY", List.of(Map.of("opens", "09:00", "closes", "13:00"),
                Map.of("opens", "12:00", "closes", "18:00")));

        Map<String, Object> withoutClosing = Map.of("MONDAY", List.of(Map.of("opens", "09:00")));

        assertThat(errorFields(api().post("/api/v1/locations",
                Map.of("name", "Soho", "timeZone", "Europe/London", "openingHours", backwards))))
                .containsExactly("openingHours");
        assertThat(errorFields(api().post("/api/v1/locations",
                Map.of("name", "Soho", "timeZone", "Europe/London", "openingHours", withoutClosing))))
                .singleElement().asString().startsWith("openingHours").endsWith("closes");
        assertThat(errorFields(api().post("/api/v1/locations",
                Map.of("name", "Soho", "timeZone", "Europe/London", "openingHours", overlapping))))
                .containsExactly("openingHours");
    }

    /** A day of no periods at all was a NullPointerException whose message named java.util.List (issue 23). */
    @Test
    void rejectsADayWithoutAListOfPeriodsAndAtMostSixPeriodsADay() {
        Map<String, Object> nullDay = new HashMap<>();
        nullDay.put("MONDAY", null);
        List<Map<String, String>> sevenPeriods = IntStream.range(0, 7)
                .mapToObj(hour -> Map.of("opens", "1" + hour + ":00", "closes", "1" + hour + ":30")).toList();

        Response refused = api().post("/api/v1/locations",
                Map.of("name", "Soho", "timeZone", "Europe/London", "openingHours", nullDay));
        assertThat(errorFields(refused)).singleElement().asString().startsWith("openingHours");
        assertThat(refused.body().toString()).doesNotContain("java");
        assertThat(errorFields(api().post("/api/v1/locations", Map.of("name", "Soho", "timeZone", "Europe/London",
                "openingHours", Map.of("MONDAY", sevenPeriods))))).singleElement().asString().startsWith("openingHours");
        assertThat(api().post("/api/v1/locations", Map.of("name", "Soho", "timeZone", "Europe/London",
                "openingHours", Map.of("MONDAY", sevenPeriods.subList(0, 6)))).status()).isEqualTo(201);
    }

    @Test
    void answers404ForAnUnknownLocation() {
        Response response = api().get("/api/v1/locations/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("detail")).contains("location");
    }

    @Test
    void keepsDesignsDefaultSettingsUnlessTheLocationSetsItsOwn() {
        Response defaults = api().post("/api/v1/locations", Map.of("name", "Soho", "timeZone", "Europe/London"));
        Response own = api().post("/api/v1/locations", Map.of("name", "Leeds", "timeZone", "Europe/London",
                "settings", Map.of("bufferMinutes", 30, "courseLength", 5)));

        assertThat(defaults.body().path("settings").toString()).isEqualTo(
                "{\"shortSessionMinutes\":60,\"longSessionMinutes\":90,\"bufferMinutes\":15,\"courseLength\":3,"
                        + "\"minDaysBetweenSessions\":28}");
        JsonNode settings = api().get("/api/v1/locations/" + own.text("id")).body().path("settings");
        assertThat(settings.path("bufferMinutes").asInt()).isEqualTo(30);
        assertThat(settings.path("courseLength").asInt()).isEqualTo(5);
        assertThat(settings.path("shortSessionMinutes").asInt()).isEqualTo(60);
    }

    @Test
    void rejectsSettingsOutOfRangeStoringNothing() {
        String name = "Bath " + UUID.randomUUID();

        Response tooLong = api().post("/api/v1/locations", Map.of("name", name, "timeZone", "Europe/London",
                "settings", Map.of("courseLength", 7, "bufferMinutes", -5)));
        Response inverted = api().post("/api/v1/locations", Map.of("name", name, "timeZone", "Europe/London",
                "settings", Map.of("shortSessionMinutes", 120, "longSessionMinutes", 60)));

        assertThat(errorFields(tooLong)).hasSize(2)
                .anySatisfy(field -> assertThat(field).endsWith("courseLength"))
                .anySatisfy(field -> assertThat(field).endsWith("bufferMinutes"));
        assertThat(errorFields(inverted)).containsExactly("settings");
        assertThat(api().get("/api/v1/locations").body().valueStream()
                .filter(location -> location.path("name").asString().equals(name))).isEmpty();
    }
}
