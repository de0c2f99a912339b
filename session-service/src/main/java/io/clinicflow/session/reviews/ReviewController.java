package io.clinicflow.session.reviews;

import io.clinicflow.session.audit.AuditEntry.Action;
import io.clinicflow.session.audit.AuditEntry.RecordType;
import io.clinicflow.session.audit.HealthRecordAccess;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.screening.Screener;
import io.clinicflow.session.screening.ScreeningId;
import io.clinicflow.web.PlainText;
import io.clinicflow.kernel.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.clinicflow.web.PlainText.LINES;

@RestController
class ReviewController {

    /** {@code reviewer} is the reviewing practitioner's id; {@code note} is required to APPROVE. */
    record ReviewRequest(@NotNull ReviewDecision decision, @NotNull UUID reviewer,
                         @PlainText(max = 4000, characters = LINES) String note) {
    }

    record ReviewView(UUID id, UUID screeningId, UUID bookingId, ReviewDecision decision, String outcome,
                      UUID reviewerId, String note, OffsetDateTime reviewedAt) {
        static ReviewView of(ScreeningReview review) {
            return new ReviewView(review.id(), review.screeningId().value(), review.bookingId().value(),
                    review.decision(), review.outcome().name(), review.reviewerId(), review.note(),
                    review.reviewedAt().atOffset(ZoneOffset.UTC));
        }
    }

    private final ScreeningReviews reviews;
    private final Screener screener;
    private final HealthRecordAccess access;

    ReviewController(ScreeningReviews reviews, Screener screener, HealthRecordAccess access) {
        this.reviews = reviews;
        this.screener = screener;
        this.access = access;
    }

    /**
     * The screened booking, if the caller covers its location; otherwise the same 404 as for an unknown screening,
     * which names only the screening asked for, never its booking (ADR 0024, 0039).
     */
    private Booking screened(ScreeningId screeningId) {
        return screener.find(screeningId).flatMap(screening -> access.visibleBooking(screening.bookingId()))
                .orElseThrow(() -> new NotFoundException("screening", screeningId));
    }

    /** 201; the review is read back in the screening's trail, where Location points. */
    @PostMapping("/api/v1/screenings/{screeningId}/review")
    ResponseEntity<ReviewView> review(@PathVariable UUID screeningId, @Valid @RequestBody ReviewRequest body,
            @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "screening review") String purpose) {
        ScreeningId screening = new ScreeningId(screeningId);
        Booking booking = screened(screening);
        ScreeningReview review = reviews.review(screening, body.decision(), body.reviewer(), body.note());
        access.logged(booking.clientId(), RecordType.REVIEW, review.id(), Action.WRITE, purpose);
        return ResponseEntity.created(URI.create("/api/v1/screenings/" + screeningId)).body(ReviewView.of(review));
    }

    @GetMapping("/api/v1/screenings/{screeningId}")
    DecisionTrail trail(@PathVariable UUID screeningId,
            @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "screening review") String purpose) {
        ScreeningId screening = new ScreeningId(screeningId);
        Booking booking = screened(screening);
        access.logged(booking.clientId(), RecordType.SCREENING, screeningId, Action.READ, purpose);
        return reviews.trail(screening);
    }
}
