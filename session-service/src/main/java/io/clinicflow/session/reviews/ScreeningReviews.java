package io.clinicflow.session.reviews;

import io.clinicflow.kernel.RandomUuid;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingRepository;
import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.session.screening.Screener;
import io.clinicflow.session.screening.Screening;
import io.clinicflow.session.screening.ScreeningId;
import io.clinicflow.session.screening.ScreeningOutcome;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Practitioners' reviews of REVIEW_REQUIRED screenings, and the trail of every decision about a booking. Only the
 * booking's current screening can be reviewed, once: an older one was superseded by a new declaration or date.
 */
@Component
public class ScreeningReviews {

    private final Screener screener;
    private final BookingRepository bookings;
    private final ScreeningReviewRepository reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningReviews(Screener screener, BookingRepository bookings, ScreeningReviewRepository reviews,
                     ApplicationEventPublisher events, Clock clock) {
        this.screener = screener;
        this.bookings = bookings;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /** An approval must say why the practitioner judges the session safe; a decline may. */
    @Transactional
    public ScreeningReview review(ScreeningId screeningId, ReviewDecision decision, UUID reviewerId, String note) {
        if (decision == ReviewDecision.APPROVE && (note == null || note.isBlank())) {
            throw new InvalidRequestException("note", "an approval needs a note saying why the session is safe");
        }
        Screening screening = screening(screeningId);
        Booking booking = bookings.find(screening.bookingId()).orElseThrow();
        requireReviewable(screening, booking);
        ScreeningReview review = new ScreeningReview(RandomUuid.next(), screeningId, booking.id(), decision,
                reviewerId, note, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!reviews.add(review)) {
            throw new ConflictException("Screening %s has been reviewed already".formatted(screeningId));
        }
        events.publishEvent(new ScreeningReviewed(review, booking.journey(null)));
        return review;
    }

    /** The screening with every evaluation and review of its booking, in the order they were made. */
    @Transactional(readOnly = true)
    public DecisionTrail trail(ScreeningId screeningId) {
        Screening screening = screening(screeningId);
        return DecisionTrail.of(screening, screener.screeningsOf(screening.bookingId()),
                reviews.ofBooking(screening.bookingId()));
    }

    private Screening screening(ScreeningId screeningId) {
        return screener.find(screeningId).orElseThrow(() -> new NotFoundException("screening", screeningId));
    }

    private void requireReviewable(Screening screening, Booking booking) {
        if (screening.verdict().outcome() != ScreeningOutcome.REVIEW_REQUIRED) {
            throw new ConflictException("Screening %s is %s: only a REVIEW_REQUIRED screening is reviewed"
                    .formatted(screening.id(), screening.verdict().outcome()));
        }
        List<Screening> ofBooking = screener.screeningsOf(booking.id());
        if (!ofBooking.getLast().id().equals(screening.id())) {
            throw new ConflictException("Screening %s was superseded by screening %s of booking %s"
                    .formatted(screening.id(), ofBooking.getLast().id(), booking.id()));
        }
        if (!BookingStatus.RESCREENABLE.contains(booking.status())) {
            throw new ConflictException("Booking %s is %s: there is nothing to review any more"
                    .formatted(booking.id(), booking.status()));
        }
    }
}
