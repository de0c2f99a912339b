package io.clinicflow.e2e.edge;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.Clinic.Site;
import io.clinicflow.testkit.Clinic.Slot;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An ordinary client's journey through all three services and all three event topics: how the edge tests make
 * their records, and their proof afterwards that the pipeline still moves.
 */
record OrdinaryJourney(Clinic clinic, Site site, String client, Slot slot, String booking) {

    /** Generous for a busy 2-core machine: a journey takes a second or two when nothing is wrong. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A new location and client; the client declares nothing and books; screening confirms the booking. */
    static OrdinaryJourney confirmed(Clinic clinic, String location, String firstName, String lastName) {
        Site site = clinic.openSite(location, "Europe/London", "Mara Quinn");
        String client = clinic.registerClient(site, firstName, lastName, "1990-04-12");
        assertCreated("declared", clinic.declareHealth(client, Map.of()), 201);
        Slot slot = clinic.firstFreeSlot(site, 1);
        ApiClient.Response booked = clinic.book(client, site, slot);
        assertCreated("booked", booked, 201);
        String booking = booked.text("id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clinic.status(booking)).isEqualTo("CONFIRMED"));
        return new OrdinaryJourney(clinic, site, client, slot, booking);
    }

    /** Checked in on the day, the treatment recorded, and aftercare's plan started from it. */
    OrdinaryJourney treated() {
        clinic.arriveFor(slot);
        // booking-service confirms first; session-service learns of it from BookingConfirmed a moment later
        await().atMost(PATIENCE).untilAsserted(() -> assertCreated("checked in", clinic.checkIn(booking), 201));
        assertCreated("treated", clinic.completeFaceTreatment(booking, 1.0), 200);
        await().atMost(PATIENCE).until(() -> clinic.aftercare(client), plans -> plans.isArray() && !plans.isEmpty());
        return this;
    }

    private static void assertCreated(String step, ApiClient.Response response, int status) {
        assertThat(response.status()).as("%s: %s", step, response.body()).isEqualTo(status);
    }

    /** Healed by day 28: aftercare's milestone makes booking-service offer the next session. */
    void offeredTheNextSession() {
        clinic.clock().advance(Duration.ofDays(28));
        await().atMost(PATIENCE).until(() -> clinic.offers(client), offers -> offers.isArray() && offers.size() == 1);
    }
}
