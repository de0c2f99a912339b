package io.clinicflow.aftercare.checkins;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * DESIGN §6: a check-in raises a concern for redness 2 or more from the 4th calendar day after the session on (redness
 * that early is normal healing), for signs of infection, and for pain 3. Days count in the location's zone.
 */
final class ConcernPolicy {

    static final String REDNESS_AFTER_DAY_3 = "REDNESS_AFTER_DAY_3";
    static final String SIGNS_OF_INFECTION = "SIGNS_OF_INFECTION";
    static final String SEVERE_PAIN = "SEVERE_PAIN";

    private ConcernPolicy() {
    }

    /** The reasons for concern, empty when the skin heals as expected. */
    static List<String> reasons(HealingCheckIn checkIn, LocalDate sessionDay, LocalDate checkInDay) {
        List<String> reasons = new ArrayList<>();
        if (checkIn.redness() >= 2 && ChronoUnit.DAYS.between(sessionDay, checkInDay) >= 4) {
            reasons.add(REDNESS_AFTER_DAY_3);
        }
        if (checkIn.signsOfInfection()) {
            reasons.add(SIGNS_OF_INFECTION);
        }
        if (checkIn.pain() == 3) {
            reasons.add(SEVERE_PAIN);
        }
        return List.copyOf(reasons);
    }
}
