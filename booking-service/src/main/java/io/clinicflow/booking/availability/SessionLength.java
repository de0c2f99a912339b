package io.clinicflow.booking.availability;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** How long a session takes: 60 minutes for the small areas only, 90 as soon as a body area is treated. */
public final class SessionLength {

    public static final Duration SHORT = Duration.ofMinutes(60);
    public static final Duration LONG = Duration.ofMinutes(90);

    private static final Set<TreatmentArea> SMALL_AREAS =
            EnumSet.of(TreatmentArea.FACE, TreatmentArea.NECK, TreatmentArea.DECOLLETAGE, TreatmentArea.HANDS);

    private SessionLength() {
    }

    /** No areas named (an availability query) counts as the short session. */
    public static Duration of(Collection<TreatmentArea> areas) {
        return SMALL_AREAS.containsAll(areas) ? SHORT : LONG;
    }
}
