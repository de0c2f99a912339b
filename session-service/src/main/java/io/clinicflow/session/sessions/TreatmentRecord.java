package io.clinicflow.session.sessions;

import java.util.List;
import java.util.UUID;

/**
 * What the practitioner did in a session: who treated, with which device and needle cartridge lot (so a recalled
 * lot can be traced to its clients); {@code notes} may be null.
 */
public record TreatmentRecord(List<TreatedArea> areas, boolean numbing, String device, String cartridgeLot,
                              UUID practitionerId, String notes) {

    public TreatmentRecord {
        areas = List.copyOf(areas);
    }
}
