package io.clinicflow.session.events;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.session.declarations.HealthDeclarationSubmitted;
import io.clinicflow.session.reviews.ScreeningReview;
import io.clinicflow.session.reviews.ScreeningReviewed;
import io.clinicflow.session.screening.ScreeningCompleted;
import io.clinicflow.session.screening.Verdict;
import io.clinicflow.session.sessions.SessionAbandoned;
import io.clinicflow.session.sessions.SessionCompleted;
import io.clinicflow.session.sessions.SessionStarted;
import io.clinicflow.session.sessions.TreatedArea;

/** Domain event → Avro record. The only place besides the listeners where generated classes appear. */
final class SessionEventsAvro {

    private SessionEventsAvro() {
    }

    /** Carries no answers: they are clinical details that stay in session-service. */
    static io.clinicflow.avro.session.HealthDeclarationSubmitted healthDeclarationSubmitted(
            EventMetadata meta, HealthDeclarationSubmitted event) {
        return io.clinicflow.avro.session.HealthDeclarationSubmitted.newBuilder()
                .setMeta(meta)
                .setDeclarationId(event.declaration().id().toString())
                .setSubmittedAt(event.declaration().submittedAt())
                .build();
    }

    static io.clinicflow.avro.session.ScreeningCompleted screeningCompleted(EventMetadata meta,
                                                                            ScreeningCompleted event) {
        Verdict verdict = event.screening().verdict();
        return io.clinicflow.avro.session.ScreeningCompleted.newBuilder()
                .setMeta(meta)
                .setScreeningId(event.screening().id().toString())
                .setBookingId(event.screening().bookingId().toString())
                .setOutcome(ScreeningOutcome.valueOf(verdict.outcome().name()))
                .setReasonCodes(verdict.reasonCodes())
                .setEarliestEligibleDate(verdict.earliestEligibleDate().orElse(null))
                .setRuleSetVersion(verdict.ruleSetVersion())
                .setPreCareInstructions(verdict.preCareInstructions())
                .build();
    }

    static io.clinicflow.avro.session.ScreeningReviewed screeningReviewed(EventMetadata meta,
                                                                          ScreeningReviewed event) {
        ScreeningReview review = event.review();
        return io.clinicflow.avro.session.ScreeningReviewed.newBuilder()
                .setMeta(meta)
                .setScreeningId(review.screeningId().toString())
                .setBookingId(review.bookingId().toString())
                .setDecision(ReviewDecision.valueOf(review.decision().name()))
                .setOutcome(ScreeningOutcome.valueOf(review.outcome().name()))
                .setReviewerId(review.reviewerId().toString())
                .build();
    }

    static io.clinicflow.avro.session.SessionAbandoned sessionAbandoned(EventMetadata meta, SessionAbandoned event) {
        return io.clinicflow.avro.session.SessionAbandoned.newBuilder()
                .setMeta(meta)
                .setSessionId(event.booking().id().toString())
                .setAbandonedAt(event.abandonedAt())
                .setReasonCategory(event.reason().name())
                .setCourseId(event.booking().course().courseId())
                .build();
    }

    static io.clinicflow.avro.session.SessionStarted sessionStarted(EventMetadata meta, SessionStarted event) {
        return io.clinicflow.avro.session.SessionStarted.newBuilder()
                .setMeta(meta)
                .setBookingId(event.booking().id().toString())
                .setStartedAt(event.startedAt())
                .build();
    }

    static io.clinicflow.avro.session.SessionCompleted sessionCompleted(EventMetadata meta, SessionCompleted event) {
        var booking = event.booking();
        return io.clinicflow.avro.session.SessionCompleted.newBuilder()
                .setMeta(meta)
                .setSessionId(booking.id().toString())
                .setPractitionerId(event.treatment().practitionerId().toString())
                .setCompletedAt(event.completedAt())
                .setTimeZone(booking.timeZone().getId())
                .setAreas(event.treatment().areas().stream().map(TreatedArea::area)
                        .map(area -> TreatmentArea.valueOf(area.name())).toList())
                .setDepthBand(event.depthBand().name())
                .setCourseId(booking.course().courseId())
                .setSessionNumber(booking.course().sessionNumber())
                .setCourseLength(booking.course().courseLength())
                .build();
    }
}
