package io.clinicflow.booking.events;

import io.clinicflow.avro.crm.ClientJourneyUpdated;
import io.clinicflow.avro.crm.JourneyOffer;
import io.clinicflow.avro.crm.JourneyStage;
import io.clinicflow.booking.bookings.Booking;
import io.clinicflow.booking.crm.JourneyUpdate;
import io.clinicflow.booking.offers.FollowUpOffer;
import io.clinicflow.messaging.Outbox;
import org.apache.avro.specific.SpecificRecord;

/**
 * A step of a client's journey as the Avro record of the CRM topic. Reads only ids, times, the location and the offer:
 * the schema has no field for anything else, and a lint test keeps health data out of it (ADR 0027).
 */
public final class CrmEvents {

    private CrmEvents() {
    }

    public static SpecificRecord of(JourneyUpdate update, Outbox outbox) {
        ClientJourneyUpdated.Builder record = ClientJourneyUpdated.newBuilder()
                .setMeta(outbox.stamp("ClientJourneyUpdated", update.journey()))
                .setStage(JourneyStage.valueOf(update.stage().name()));
        update.booking().ifPresent(booking -> booking(record, booking));
        update.offer().ifPresent(offer -> record.setOffer(offer(offer)));
        return record.build();
    }

    private static void booking(ClientJourneyUpdated.Builder record, Booking booking) {
        record.setBookingId(booking.id().toString()).setStartsAt(booking.startsAt()).setEndsAt(booking.endsAt());
    }

    private static JourneyOffer offer(FollowUpOffer offer) {
        return new JourneyOffer(offer.id().toString(), offer.window().start(), offer.window().end(),
                offer.slots().stream().map(AvroEvents::timeSlot).toList());
    }
}
