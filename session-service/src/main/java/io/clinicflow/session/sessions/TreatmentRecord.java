package io.clinicflow.session.sessions;

import java.util.List;

/** What the practitioner did in a session; {@code notes} may be null. */
public record TreatmentRecord(List<TreatedArea> areas, boolean numbing, String device, String notes) {

    public TreatmentRecord {
        areas = List.copyOf(areas);
    }
}
