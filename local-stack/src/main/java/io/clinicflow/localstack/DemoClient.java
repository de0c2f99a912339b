package io.clinicflow.localstack;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One simulated client of the demo: declares (a health profile that leads to a given screening outcome), books,
 * comes to the session, reports healing and accepts the follow-up offer, each when business time says so.
 */
final class DemoClient {

    /** What the client declares, and so how screening answers. */
    enum Profile {
        NOTHING_TO_DECLARE, RECENT_ISOTRETINOIN, PRONE_TO_SCARRING, DECLARES_LATE, SLOW_HEALER
    }

    private final Clinic clinic;
    private final Clinic.Site site;
    private final Profile profile;
    private final String clientId;
    private String bookingId;
    private OffsetDateTime startsAt;
    private boolean reportedHealing;
    private boolean finished;

    DemoClient(Clinic clinic, Clinic.Site site, Profile profile, int number) {
        this.clinic = clinic;
        this.site = site;
        this.profile = profile;
        this.clientId = clinic.registerClient(site, "Demo" + number, "Client", "1990-05-17");
        declareUnlessLate();
        bookNextFreeSlot();
    }

    boolean finished() {
        return finished;
    }

    /** Does whatever the client, the front desk or the practitioner would do now. */
    void act(Instant now) {
        switch (clinic.status(bookingId)) {
            case "PENDING_REVIEW" -> clinic.review(bookingId, "APPROVE", site.practitionerId(), "Discussed scarring risk; test patch fine");
            case "AWAITING_DECLARATION" -> clinic.declareHealth(clientId, Map.of());
            case "CONFIRMED" -> treatWhenDue(now);
            case "COMPLETED" -> afterTreatment(now);
            case "DEFERRED", "DECLINED", "CANCELLED", "NO_SHOW", "ABANDONED" -> finished = true;
            default -> { }
        }
    }

    private void treatWhenDue(Instant now) {
        if (!now.isBefore(startsAt.toInstant())) {
            clinic.checkIn(bookingId);
            clinic.completeFaceTreatment(bookingId, 1.0);
        }
    }

    private void afterTreatment(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        if (!reportedHealing && today.isAfter(startsAt.toLocalDate().plusDays(3))) {
            reportedHealing = true;
            reportHealing();
        }
        for (JsonNode offer : clinic.offers(clientId)) {
            if (offer.path("status").asString().equals("OPEN") && offer.path("slots").size() > 0) {
                accept(offer);
                return;
            }
        }
    }

    private void reportHealing() {
        boolean concern = profile == Profile.SLOW_HEALER;
        ApiClient.Response checkIn = clinic.reportHealing(bookingId, concern ? 2 : 1, 1, concern ? 2 : 0, false);
        String concernId = checkIn.body().path("concernId").asString();
        if (concern && !concernId.isBlank()) {
            clinic.resolveConcern(concernId, site.practitionerId());
        }
    }

    private void accept(JsonNode offer) {
        JsonNode slot = offer.path("slots").get(0);
        ApiClient.Response accepted = clinic.acceptOffer(offer.path("id").asString(), slot.path("startsAt").asString());
        if (accepted.status() == 201) {
            bookingId = accepted.text("id");
            startsAt = OffsetDateTime.parse(slot.path("startsAt").asString());
            reportedHealing = false;
        }
    }

    private void declareUnlessLate() {
        switch (profile) {
            case RECENT_ISOTRETINOIN -> clinic.declareHealth(clientId,
                    Map.of("ISOTRETINOIN_LAST_DOSE", LocalDate.ofInstant(clinic.clock().instant(), site.zone()).minusMonths(2).toString()));
            case PRONE_TO_SCARRING -> clinic.declareHealth(clientId, Map.of("PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING", true));
            case DECLARES_LATE -> { }
            default -> clinic.declareHealth(clientId, Map.of());
        }
    }

    private void bookNextFreeSlot() {
        Clinic.Slot slot = clinic.firstFreeSlot(site, 1);
        bookingId = clinic.book(clientId, site, slot).text("id");
        startsAt = slot.start();
    }
}
