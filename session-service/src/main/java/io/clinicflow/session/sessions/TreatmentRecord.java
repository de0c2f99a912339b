package io.clinicflow.session.sessions;

import java.util.List;
import java.util.UUID;

/**
 * What the practitioner did in a session: who treated, with which device and needle cartridge lot (so a recalled
 * lot can be traced to its clients). {@code cartridgeLot} and {@code notes} may be null (not recorded, ADR 0034);
 * {@code practitionerId} is null until {@link #treatedByDefault} fills in the booked practitioner.
 */
public record TreatmentRecord(List<TreatedArea> areas, boolean numbing, String device, String cartridgeLot,
                              UUID practitionerId, String notes) {

    public TreatmentRecord {
        areas = List.copyOf(areas);
        if (cartridgeLot != null && cartridgeLot.isBlank()) {
            cartridgeLot = null;
        }
    }

    /** This record, treated by the booked practitioner unless it names who treated. */
    public TreatmentRecord treatedByDefault(UUID bookedPractitioner) {
        return practitionerId != null ? this
                : new TreatmentRecord(areas, numbing, device, cartridgeLot, bookedPractitioner, notes);
    }
}
