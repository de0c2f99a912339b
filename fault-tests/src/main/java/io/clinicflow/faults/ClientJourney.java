package io.clinicflow.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * One client's way through the clinic, as the front desk's and practitioner's systems would drive it: register (with
 * email consent), declare nothing to declare, book, wait for CONFIRMED, check in, complete. While a service or its
 * database is down a step is retried (a refused connection, a 5xx) until the journey's deadline; a request that may
 * have been applied before its answer was lost is retried only where the API makes that safe (the booking's
 * Idempotency-Key) or the state shows it happened (check-in, completion).
 */
final class ClientJourney {

    private static final long RETRY_MILLIS = 1_000;
    private static final Set<String> NOT_CONFIRMABLE = Set.of("DECLINED", "DEFERRED", "PENDING_REVIEW",
            "AWAITING_DECLARATION", "CANCELLED");

    private final ClinicApi booking;
    private final ClinicApi session;
    private final Slots.Slot slot;
    private final LongSupplier deadlineNanos;
    private final String email = "fault+" + UUID.randomUUID() + "@example.com";
    private volatile String clientId;
    private volatile String bookingId;
    private volatile boolean completed;
    private volatile String failure;

    ClientJourney(ClinicApi booking, ClinicApi session, Slots.Slot slot, LongSupplier deadlineNanos) {
        this.booking = booking;
        this.session = session;
        this.slot = slot;
        this.deadlineNanos = deadlineNanos;
    }

    void run() {
        try {
            register();
            expect(201, "declare", retrying("declare", () -> session.post("/api/v1/clients/" + clientId
                    + "/health-declarations", Map.of("answers", Map.of()))));
            book();
            awaitConfirmed();
            checkIn();
            complete();
            completed = true;
        } catch (JourneyFailed e) {
            failure = e.getMessage();
        }
    }

    private void register() throws JourneyFailed {
        clientId = expect(201, "register", retrying("register", () -> booking.post("/api/v1/clients", Map.of(
                "firstName", "Fault", "lastName", "Client", "email", email, "phone", "+44 20 7946 0000",
                "dateOfBirth", "1990-05-17", "homeLocationId", slot.locationId(),
                "consent", Map.of("email", true, "sms", false))))).text("id");
    }

    private void book() throws JourneyFailed {
        Map<String, String> idempotencyKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        bookingId = expect(201, "book", retrying("book", () -> booking.post("/api/v1/bookings", Map.of(
                "clientId", clientId, "locationId", slot.locationId(), "practitionerId", slot.practitionerId(),
                "startsAt", slot.startsAt(), "treatmentAreas", List.of("FACE"),
                "concerns", List.of("FINE_LINES_WRINKLES")), idempotencyKey))).text("id");
    }

    private void awaitConfirmed() throws JourneyFailed {
        String status = "";
        while (!"CONFIRMED".equals(status)) {
            status = expect(200, "read booking", retrying("read booking",
                    () -> booking.get("/api/v1/bookings/" + bookingId))).text("status");
            if (NOT_CONFIRMABLE.contains(status)) {
                throw new JourneyFailed("booking became " + status);
            }
            pauseBeforeRetry("confirmation (booking is " + status + ")");
        }
    }

    /** A 409 means session-service has not seen the confirmation yet, or the check-in already happened. */
    private void checkIn() throws JourneyFailed {
        while (retrying("check in", () -> session.post("/api/v1/sessions/" + bookingId + "/check-in", Map.of()))
                .status() != 201) {
            if (sessionShows("startedAt")) {
                return;
            }
            pauseBeforeRetry("check-in");
        }
    }

    private void complete() throws JourneyFailed {
        ClinicApi.Response answer = retrying("complete", () -> session.post("/api/v1/sessions/" + bookingId
                + "/complete", Map.of("areas", List.of(Map.of("area", "FACE", "needleDepthMm", 1.0, "passes", 3)),
                "numbing", true, "device", "Dermapen 4", "cartridgeLot", "LOT-FAULT-1", "practitionerId", slot.practitionerId(),
                "notes", "fault test")));
        if (answer.status() != 200 && !sessionShows("completedAt")) {
            throw new JourneyFailed("complete answered " + answer.status() + ": " + answer.body());
        }
    }

    private boolean sessionShows(String field) throws JourneyFailed {
        ClinicApi.Response view = retrying("read session", () -> session.get("/api/v1/sessions/" + bookingId));
        return view.status() == 200 && !view.body().path(field).isNull() && !view.body().path(field).isMissingNode();
    }

    /** Sends until the service answers below 500; a refused connection or a 5xx is retried until the deadline. */
    private ClinicApi.Response retrying(String step, Call call) throws JourneyFailed {
        while (true) {
            String problem;
            try {
                ClinicApi.Response response = call.send();
                if (response.status() < 500) {
                    return response;
                }
                problem = step + " answered " + response.status();
            } catch (IOException e) {
                problem = step + ": " + e;
            }
            pauseBeforeRetry(problem);
        }
    }

    private void pauseBeforeRetry(String waitingFor) throws JourneyFailed {
        if (System.nanoTime() > deadlineNanos.getAsLong()) {
            throw new JourneyFailed("gave up waiting for " + waitingFor);
        }
        Waiting.pause(Duration.ofMillis(RETRY_MILLIS));
    }

    private static ClinicApi.Response expect(int status, String step, ClinicApi.Response response) throws JourneyFailed {
        if (response.status() != status) {
            throw new JourneyFailed(step + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    String email() {
        return email;
    }

    String clientId() {
        return clientId;
    }

    String bookingId() {
        return bookingId;
    }

    boolean completed() {
        return completed;
    }

    String failure() {
        return failure;
    }

    @FunctionalInterface
    private interface Call {
        ClinicApi.Response send() throws IOException;
    }

    private static final class JourneyFailed extends Exception {
        JourneyFailed(String message) {
            super(message);
        }
    }
}
