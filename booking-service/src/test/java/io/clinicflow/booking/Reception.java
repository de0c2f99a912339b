package io.clinicflow.booking;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;

import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The booking API in the front desk's words, for tests. Its locations are open every day 08:00–20:00 in London, so a
 * test can book "the day after tomorrow at 10:00" whatever today is; each test makes its own practitioner.
 */
public final class Reception {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<String, Object> EVERY_DAY_8_TO_20 = everyDay("08:00", "20:00");

    public final ApiClient api;

    public Reception(int port) {
        this.api = ApiClient.onPort(port);
    }

    public String openLocation() {
        return created(api.post("/api/v1/locations", Map.of("name", "Soho " + UUID.randomUUID(),
                "timeZone", LONDON.getId(), "openingHours", EVERY_DAY_8_TO_20)));
    }

    /** A location open every day 08:00–20:00 in London with these settings. */
    public String openLocation(Map<String, Object> settings) {
        return created(api.post("/api/v1/locations", Map.of("name", "Soho " + UUID.randomUUID(),
                "timeZone", LONDON.getId(), "openingHours", EVERY_DAY_8_TO_20, "settings", settings)));
    }

    public Response cancel(String booking, Map<String, Object> request) {
        return api.post("/api/v1/bookings/" + booking + "/cancel", request);
    }

    public Response reschedule(String booking, OffsetDateTime startsAt) {
        return api.post("/api/v1/bookings/" + booking + "/reschedule", Map.of("startsAt", startsAt.toString()));
    }

    /** The booking once it reached the status (waits at most 30 s: events drive it). */
    public JsonNode awaitStatus(String booking, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> booking(booking),
                view -> view.path("status").asString().equals(status));
    }

    public JsonNode booking(String booking) {
        return api.get("/api/v1/bookings/" + booking).body();
    }

    public String practitionerAt(String... locationIds) {
        return created(api.post("/api/v1/practitioners",
                Map.of("name", "Mara Quinn", "locationIds", Arrays.asList(locationIds))));
    }

    public String registerClient(String homeLocationId) {
        return created(api.post("/api/v1/clients", clientRequest(homeLocationId)));
    }

    public static Map<String, Object> clientRequest(String homeLocationId) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("firstName", "Ada");
        client.put("lastName", "Lovelace");
        client.put("email", "ada+" + UUID.randomUUID() + "@example.com");
        client.put("phone", "+447700900123");
        client.put("dateOfBirth", "1990-12-10");
        client.put("homeLocationId", homeLocationId);
        client.put("consent", Map.of("email", true, "sms", false));
        return client;
    }

    /** A booking request body; change entries to make it invalid. */
    public static Map<String, Object> bookingRequest(String client, String location, String practitioner,
                                                     OffsetDateTime startsAt, String... areas) {
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("clientId", client);
        booking.put("locationId", location);
        booking.put("practitionerId", practitioner);
        booking.put("startsAt", startsAt.toString());
        booking.put("treatmentAreas", areas.length == 0 ? List.of("FACE") : List.of(areas));
        booking.put("concerns", List.of("ACNE_SCARS"));
        return booking;
    }

    public Response book(Map<String, Object> request) {
        return book(request, UUID.randomUUID().toString());
    }

    public Response book(Map<String, Object> request, String idempotencyKey) {
        return api.post("/api/v1/bookings", request, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Books a face session and returns its id. */
    public String bookedSession(String client, String location, String practitioner, OffsetDateTime startsAt) {
        return created(book(bookingRequest(client, location, practitioner, startsAt)));
    }

    public String status(String booking) {
        return api.get("/api/v1/bookings/" + booking).text("status");
    }

    /** A London local time some days after today's business date. */
    public static OffsetDateTime inDays(int days, String localTime) {
        LocalDate today = LocalDate.ofInstant(ClinicInfrastructure.shared().clock().instant(), LONDON);
        return today.plusDays(days).atTime(LocalTime.parse(localTime)).atZone(LONDON).toOffsetDateTime();
    }

    /** A date-time of a response, with the offset it was written in. */
    public static OffsetDateTime time(JsonNode node) {
        return OffsetDateTime.parse(node.asString());
    }

    /** The fields a 400 problem names. */
    public static List<String> errorFields(Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
        return response.body().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }

    private static String created(Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        return response.text("id");
    }

    private static Map<String, Object> everyDay(String opens, String closes) {
        Map<String, Object> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day.name(), List.of(Map.of("opens", opens, "closes", closes)));
        }
        return hours;
    }
}
