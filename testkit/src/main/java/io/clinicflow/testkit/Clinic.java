package io.clinicflow.testkit;

import io.clinicflow.messaging.BusinessClock;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the three services' REST APIs in the clinic's words, for journeys that read as a story. */
public final class Clinic {

    /** A location with one practitioner, as the front desk set it up. */
    public record Site(String locationId, ZoneId zone, String practitionerId) {
    }

    /** A free slot the availability endpoint offered. */
    public record Slot(String startsAt, String endsAt, String practitionerId) {
        public OffsetDateTime start() {
            return OffsetDateTime.parse(startsAt);
        }
    }

    private final ApiClient booking;
    private final ApiClient session;
    private final ApiClient aftercare;
    private final BusinessClock clock;

    public Clinic(ApiClient booking, ApiClient session, ApiClient aftercare, BusinessClock clock) {
        this.booking = booking;
        this.session = session;
        this.aftercare = aftercare;
        this.clock = clock;
    }

    public Site openSite(String name, String timeZone, String practitioner) {
        String locationId = created(booking.post("/api/v1/locations", Map.of("name", name, "timeZone", timeZone)));
        String practitionerId = created(booking.post("/api/v1/practitioners",
                Map.of("name", practitioner, "locationIds", List.of(locationId))));
        return new Site(locationId, ZoneId.of(timeZone), practitionerId);
    }

    /** Registers a client with email consent; the email is unique per call. */
    public String registerClient(Site site, String firstName, String lastName, String dateOfBirth) {
        return registerClient(site, firstName, lastName, dateOfBirth, emailOf(firstName), "+44 20 7946 0000");
    }

    /** Registers a client with email consent and these contact details. */
    public String registerClient(Site site, String firstName, String lastName, String dateOfBirth, String email,
                                 String phone) {
        return created(booking.post("/api/v1/clients", Map.of("firstName", firstName, "lastName", lastName,
                "email", email, "phone", phone, "dateOfBirth", dateOfBirth,
                "homeLocationId", site.locationId(), "consent", Map.of("email", true, "sms", false))));
    }

    /** The client, as the front desk reads them. */
    public ApiClient.Response client(String clientId) {
        return booking.get("/api/v1/clients/" + clientId);
    }

    /** The client's right to erasure, asked at the front desk. */
    public ApiClient.Response eraseClient(String clientId) {
        return booking.delete("/api/v1/clients/" + clientId);
    }

    public String email(String clientId) {
        return booking.get("/api/v1/clients/" + clientId).text("email");
    }

    public ApiClient.Response declareHealth(String clientId, Map<String, Object> answers) {
        return session.post("/api/v1/clients/" + clientId + "/health-declarations", Map.of("answers", answers));
    }

    /** The first free face slot on the site's practitioner's calendar, at least {@code daysAhead} local days away. */
    public Slot firstFreeSlot(Site site, int daysAhead) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), site.zone());
        for (int offset = daysAhead; offset < daysAhead + 7; offset++) {
            LocalDate day = today.plusDays(offset);
            JsonNode slots = booking.get("/api/v1/locations/" + site.locationId() + "/availability?date=" + day
                    + "&practitionerId=" + site.practitionerId() + "&treatmentAreas=FACE").body().path("slots");
            if (!slots.isEmpty()) {
                JsonNode first = slots.get(0);
                return new Slot(first.path("startsAt").asString(), first.path("endsAt").asString(),
                        first.path("practitionerId").asString());
            }
        }
        throw new AssertionError("No free slot in the week from " + today.plusDays(daysAhead));
    }

    public ApiClient.Response book(String clientId, Site site, Slot slot) {
        return booking.post("/api/v1/bookings", Map.of("clientId", clientId, "locationId", site.locationId(),
                        "practitionerId", slot.practitionerId(), "startsAt", slot.startsAt(),
                        "treatmentAreas", List.of("FACE"), "concerns", List.of("FINE_LINES_WRINKLES")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** The front desk cancels the booking, with the reason the client gave. */
    public ApiClient.Response cancel(String bookingId, String reason) {
        return booking.post("/api/v1/bookings/" + bookingId + "/cancel", Map.of("reason", reason));
    }

    public JsonNode booking(String bookingId) {
        return booking.get("/api/v1/bookings/" + bookingId).body();
    }

    public String status(String bookingId) {
        return booking(bookingId).path("status").asString();
    }

    /** Moves business time to just after the slot starts, so the client can check in on the day. */
    public void arriveFor(Slot slot) {
        Duration untilStart = Duration.between(clock.instant(), slot.start().toInstant()).plusMinutes(5);
        if (!untilStart.isNegative()) {
            clock.advance(untilStart);
        }
    }

    public ApiClient.Response checkIn(String bookingId) {
        return session.post("/api/v1/sessions/" + bookingId + "/check-in", Map.of());
    }

    public ApiClient.Response completeFaceTreatment(String bookingId, double needleDepthMm) {
        return completeFaceTreatment(bookingId, needleDepthMm, "tolerated well");
    }

    public ApiClient.Response completeFaceTreatment(String bookingId, double needleDepthMm, String notes) {
        String practitionerId = booking(bookingId).path("practitionerId").asString();
        return session.post("/api/v1/sessions/" + bookingId + "/complete", Map.of(
                "areas", List.of(Map.of("area", "FACE", "needleDepthMm", needleDepthMm, "passes", 3)),
                "numbing", true, "device", "Dermapen 4", "cartridgeLot", "LOT-2026-114",
                "practitionerId", practitionerId, "notes", notes));
    }

    /** The screenings of a booking, oldest first. */
    public JsonNode screenings(String bookingId) {
        return session.get("/api/v1/screenings?bookingId=" + bookingId).body();
    }

    /** A practitioner's review of the booking's latest screening. */
    public ApiClient.Response review(String bookingId, String decision, String reviewerId, String note) {
        JsonNode screenings = screenings(bookingId);
        String screeningId = screenings.get(screenings.size() - 1).path("id").asString();
        return session.post("/api/v1/screenings/" + screeningId + "/review",
                Map.of("decision", decision, "reviewer", reviewerId, "note", note));
    }

    /** A healing check-in; scores 0-3. */
    public ApiClient.Response reportHealing(String bookingId, int redness, int swelling, int pain, boolean infection) {
        return reportHealing(bookingId, redness, swelling, pain, infection, "as seen in the mirror");
    }

    public ApiClient.Response reportHealing(String bookingId, int redness, int swelling, int pain, boolean infection,
                                            String note) {
        return aftercare.post("/api/v1/sessions/" + bookingId + "/check-ins", Map.of("redness", redness,
                "swelling", swelling, "pain", pain, "signsOfInfection", infection, "note", note));
    }

    public ApiClient.Response resolveConcern(String concernId, String practitionerId) {
        return aftercare.post("/api/v1/concerns/" + concernId + "/resolve",
                Map.of("practitionerId", practitionerId, "note", "reviewed photos, healing normally"));
    }

    public ApiClient.Response acceptOffer(String offerId, String startsAt) {
        return booking.post("/api/v1/offers/" + offerId + "/accept", Map.of("startsAt", startsAt));
    }

    public JsonNode aftercare(String clientId) {
        return aftercare.get("/api/v1/clients/" + clientId + "/aftercare").body();
    }

    public JsonNode offers(String clientId) {
        return booking.get("/api/v1/clients/" + clientId + "/offers").body();
    }

    /** Operations' replay command on aftercare-service: moves a topic's dead letters back to it. */
    public ApiClient.Response replayDeadLettersIntoAftercare(String topic) {
        return aftercare.post("/api/v1/admin/dlt/" + topic + "/replay", Map.of());
    }

    /** The actuator info (build and git data) of booking-, session- and aftercare-service, in that order. */
    public List<JsonNode> serviceInfos() {
        return List.of(booking.get("/actuator/info").body(), session.get("/actuator/info").body(),
                aftercare.get("/actuator/info").body());
    }

    /** The Prometheus scrape of booking-service. */
    public String bookingMetrics() {
        return booking.getText("/actuator/prometheus");
    }

    /** The Prometheus scrape of session-service. */
    public String sessionMetrics() {
        return session.getText("/actuator/prometheus");
    }

    public BusinessClock clock() {
        return clock;
    }

    private static String emailOf(String firstName) {
        return firstName.toLowerCase() + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as("created: %s", response.body()).isEqualTo(201);
        return response.text("id");
    }
}
