package io.clinicflow.aftercare.offers;

import io.clinicflow.aftercare.plans.AftercarePlanner;
import io.clinicflow.aftercare.plans.AftercarePlans;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.StoredPlan;
import io.clinicflow.messaging.Inbox;
import io.clinicflow.messaging.PoisonEventException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Tells clients about the follow-up offers booking-service makes them: one FOLLOW_UP_OFFER message per session. */
@Service
public class FollowUpOffers {

    private static final String CONSUMER = "aftercare-offers";

    private final Inbox inbox;
    private final AftercarePlans plans;
    private final AftercarePlanner planner;
    private final StoredOffers offers;
    private final Clock clock;

    FollowUpOffers(Inbox inbox, AftercarePlans plans, AftercarePlanner planner, StoredOffers offers, Clock clock) {
        this.inbox = inbox;
        this.plans = plans;
        this.planner = planner;
        this.offers = offers;
        this.clock = clock;
    }

    /** Stores the offer and plans its message; a redelivered offer, or a second offer for the session, adds nothing. */
    @Transactional
    public void announce(FollowUpOffer offer, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        StoredPlan plan = plans.lock(offer.sessionId()).orElseThrow(() -> new PoisonEventException(
                "FollowUpOffered " + eventId + " follows session " + offer.sessionId() + ", which has no aftercare"));
        if (offers.save(offer, clock.instant())) {
            planner.addMessageStep(plan, AftercareStep.FOLLOW_UP_OFFER);
        }
    }
}
