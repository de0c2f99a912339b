package io.clinicflow.e2e.edge;

import io.clinicflow.testkit.Clinic;

import java.util.List;
import java.util.stream.Stream;

/**
 * A location with one treated client and every kind of record the APIs name by id: what generated requests aim
 * at, and, for the other location, what must never show in an answer.
 */
record EdgeSite(String locationId, String practitionerId, String clientId, String bookingId, String screeningId,
                String concernId, String firstName, String lastName, String email) {

    /** A new location whose client was treated and reported a healing concern: every kind of record exists. */
    static EdgeSite open(Clinic clinic, String location, String firstName, String lastName) {
        OrdinaryJourney journey = OrdinaryJourney.confirmed(clinic, location, firstName, lastName).treated();
        var concern = clinic.reportHealing(journey.booking(), 1, 1, 3, false);
        String screening = clinic.screenings(journey.booking()).get(0).path("id").asString();
        return new EdgeSite(journey.site().locationId(), journey.site().practitionerId(), journey.client(),
                journey.booking(), screening, concern.text("concernId"), firstName, lastName,
                clinic.email(journey.client()));
    }

    List<String> ids() {
        return Stream.of(locationId, practitionerId, clientId, bookingId, screeningId, concernId)
                .filter(id -> !id.isBlank()).toList();
    }

    /** What would give the client or the location away. */
    List<String> secrets() {
        return Stream.concat(ids().stream(), Stream.of(firstName, lastName, email)).toList();
    }
}
