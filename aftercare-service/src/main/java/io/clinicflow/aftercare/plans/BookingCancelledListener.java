package io.clinicflow.aftercare.plans;

import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.events.Topics;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
@KafkaListener(id = "aftercare-plans-on-booking-events", topics = Topics.BOOKING_EVENTS)
class BookingCancelledListener {                        // the generated Avro types stop here

    private final AftercarePlanner planner;

    BookingCancelledListener(AftercarePlanner planner) {
        this.planner = planner;
    }

    /** Only a cancelled course stops aftercare: a single cancelled booking has no plan (it was never treated). */
    @KafkaHandler
    void on(BookingCancelled avro) {
        if (avro.getCourseCancelled()) {
            planner.cancelCourse(SessionEventsListener.courseIdOf(avro.getMeta(), avro.getCourseId()),
                    avro.getMeta().getEventId());
        }
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // registrations and offers have their own listeners
}
