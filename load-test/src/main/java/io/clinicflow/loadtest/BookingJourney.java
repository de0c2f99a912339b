package io.clinicflow.loadtest;

import io.clinicflow.testkit.ApiClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one arriving client does, as the front desk's system would send it: register, declare nothing to declare,
 * book a face session in a free slot. Later, once the booking is confirmed, the practitioner checks the client in
 * and completes the session.
 */
final class BookingJourney {

    private static final int CHECK_IN_ATTEMPTS = 80;
    private static final long CHECK_IN_RETRY_MILLIS = 125;
    /** Clients come in a while after they were confirmed (in a clinic: at their appointment, hours later). */
    private static final long ARRIVES_AFTER_CONFIRMATION_MILLIS = 1_000;

    private final ApiClient booking;
    private final ApiClient session;

    BookingJourney(ApiClient booking, ApiClient session) {
        this.booking = booking;
        this.session = session;
    }

    /** Registers and declares nothing to declare; returns the client id. */
    String register(Chain.Slot slot) {
        String clientId = expect(201, "register", booking.post("/api/v1/clients", Map.of("firstName", "Load",
                "lastName", "Client", "email", "load+" + UUID.randomUUID() + "@example.com", "phone", "+44 20 7946 0000",
                "dateOfBirth", "1990-05-17", "homeLocationId", slot.locationId(),
                "consent", Map.of("email", true, "sms", false)))).text("id");
        expect(201, "declare", session.post("/api/v1/clients/" + clientId + "/health-declarations",
                Map.of("answers", Map.of())));
        return clientId;
    }

    /** Books the registered client into the slot; returns the booking id. */
    String book(String clientId, Chain.Slot slot) {
        return expect(201, "book", booking.post("/api/v1/bookings", Map.of("clientId", clientId,
                        "locationId", slot.locationId(), "practitionerId", slot.practitionerId(), "startsAt", slot.startsAt(),
                        "treatmentAreas", List.of("FACE"), "concerns", List.of("FINE_LINES_WRINKLES")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()))).text("id");
    }

    /**
     * Checks in and completes. session-service learns of the confirmation from the same event the load generator saw,
     * perhaps a moment later: the client comes in a second after the confirmation, and a 409 on check-in is retried
     * for a bounded while. Returns how many retries it took.
     */
    int treat(String bookingId, String practitionerId) throws InterruptedException {
        Thread.sleep(ARRIVES_AFTER_CONFIRMATION_MILLIS);
        ApiClient.Response checkIn = session.post("/api/v1/sessions/" + bookingId + "/check-in", Map.of());
        int retries = 0;
        for (; checkIn.status() == 409 && retries < CHECK_IN_ATTEMPTS; retries++) {
            Thread.sleep(CHECK_IN_RETRY_MILLIS);
            checkIn = session.post("/api/v1/sessions/" + bookingId + "/check-in", Map.of());
        }
        expect(201, "check in", checkIn);
        expect(200, "complete", session.post("/api/v1/sessions/" + bookingId + "/complete", Map.of(
                "areas", List.of(Map.of("area", "FACE", "needleDepthMm", 1.0, "passes", 3)),
                "numbing", true, "device", "Dermapen 4", "cartridgeLot", "LOT-LOAD-1", "practitionerId", practitionerId, "notes", "load test")));
        return retries;
    }

    private static ApiClient.Response expect(int status, String step, ApiClient.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException(step + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }
}
