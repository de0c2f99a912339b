package io.clinicflow.booking.events;

import io.clinicflow.booking.bookings.BookingEvent;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.privacy.PersonalDataSeal;
import org.springframework.stereotype.Component;

/** Appends booking events to the outbox as records of the booking topic, a cancellation's reason sealed (ADR 0043). */
@Component
public class BookingTopic {

    private final Outbox outbox;
    private final PersonalDataSeal seal;

    BookingTopic(Outbox outbox, PersonalDataSeal seal) {
        this.outbox = outbox;
        this.seal = seal;
    }

    /** Must run inside the transaction of the booking's change, as {@link Outbox#append} says. */
    public void append(BookingEvent event) {
        outbox.append(AvroEvents.of(event, outbox, seal));
    }
}
