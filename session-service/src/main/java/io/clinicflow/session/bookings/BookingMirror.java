package io.clinicflow.session.bookings;

import io.clinicflow.messaging.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the local booking copies in step with what booking-service decided about them. */
@Component
public class BookingMirror {

    private static final Logger log = LoggerFactory.getLogger(BookingMirror.class);
    private static final String CONSUMER = "session-bookings";

    private final BookingRepository bookings;
    private final Inbox inbox;

    BookingMirror(BookingRepository bookings, Inbox inbox) {
        this.bookings = bookings;
        this.inbox = inbox;
    }

    @Transactional
    public void statusChanged(BookingId bookingId, BookingStatus status, String eventId) {
        if (inbox.firstDelivery(CONSUMER, eventId) && !bookings.changeStatus(bookingId, status, BookingStatus.SESSION_BEGUN)) {
            log.info("Booking {} not moved to {}: unknown here or its session has begun", bookingId, status);
        }
    }
}
