package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.LocationSettings;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** How long a session takes: the location's short session for the small areas only, its long one for any body area. */
public final class SessionLength {

    private static final Set<TreatmentArea> SMALL_AREAS =
            EnumSet.of(TreatmentArea.FACE, TreatmentArea.NECK, TreatmentArea.DECOLLETAGE, TreatmentArea.HANDS);

    private SessionLength() {
    }

    /** No areas named (an availability query) counts as the short session. */
    public static Duration of(Collection<TreatmentArea> areas, LocationSettings settings) {
        return SMALL_AREAS.containsAll(areas) ? settings.shortSession() : settings.longSession();
    }
}
