package io.clinicflow.booking.availability;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A slot as the API shows it: in the location's local offset. */
public record SlotView(OffsetDateTime startsAt, OffsetDateTime endsAt, UUID practitionerId) {

    public static SlotView of(Slot slot, ZoneId zone) {
        return new SlotView(slot.startsAt().atZone(zone).toOffsetDateTime(),
                slot.endsAt().atZone(zone).toOffsetDateTime(), slot.practitionerId().value());
    }
}
