package io.clinicflow.aftercare.checkins;

import java.util.Optional;

/** How the client says the skin heals: redness, swelling and pain each 0 (none) to 3 (strong). */
public record HealingCheckIn(int redness, int swelling, int pain, boolean signsOfInfection, Optional<String> note) {

    public HealingCheckIn {
        for (int score : new int[] {redness, swelling, pain}) {
            if (score < 0 || score > 3) {
                throw new IllegalArgumentException("A check-in score is 0 to 3, not " + score);
            }
        }
    }
}
