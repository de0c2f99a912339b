package io.clinicflow.session.reviews;

import io.clinicflow.session.screening.Screening;
import io.clinicflow.session.screening.ScreeningOutcome;
import io.clinicflow.session.screening.ScreeningTrigger;
import io.clinicflow.session.screening.ScreeningView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A screening and the audit trail of its booking: every evaluation by a rule set and every practitioner's review,
 * oldest first, each with who decided, when, on what and why.
 */
public record DecisionTrail(ScreeningView screening, List<Decision> decisions) {

    /** Who decided an evaluation: the rule set named by {@code ruleSetVersion}. */
    public static final String RULE_SET = "RULE_SET";

    public enum Kind { EVALUATION, REVIEW }

    /**
     * One decision. {@code decidedBy} is {@link #RULE_SET} or the reviewing practitioner's id; {@code trigger} and the
     * deferral date only for an evaluation, {@code decision} and {@code note} only for a review.
     */
    public record Decision(Kind kind, UUID screeningId, String decidedBy, OffsetDateTime decidedAt,
                           String ruleSetVersion,
                           ScreeningTrigger trigger, ScreeningOutcome outcome, List<String> reasonCodes,
                           LocalDate earliestEligibleDate, List<String> preCareInstructions, ReviewDecision decision,
                           String note) {

        static Decision of(Screening s) {
            var verdict = s.verdict();
            return new Decision(Kind.EVALUATION, s.id().value(), RULE_SET, utc(s.screenedAt()),
                    verdict.ruleSetVersion(), s.trigger(), verdict.outcome(), verdict.reasonCodes(),
                    verdict.earliestEligibleDate().orElse(null), verdict.preCareInstructions(), null, null);
        }

        /** A review carries the version and reasons of the screening it decided on. */
        static Decision of(ScreeningReview review, Screening reviewed) {
            return new Decision(Kind.REVIEW, review.screeningId().value(), review.reviewerId().toString(),
                    utc(review.reviewedAt()), reviewed.verdict().ruleSetVersion(), null, review.outcome(),
                    reviewed.verdict().reasonCodes(), null, reviewed.verdict().preCareInstructions(),
                    review.decision(), review.note());
        }
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    static DecisionTrail of(Screening screening, List<Screening> evaluations, List<ScreeningReview> reviews) {
        Stream<Decision> reviewed = reviews.stream().map(review -> Decision.of(review, evaluations.stream()
                .filter(e -> e.id().equals(review.screeningId())).findFirst().orElseThrow()));
        return new DecisionTrail(ScreeningView.of(screening), Stream.concat(evaluations.stream().map(Decision::of),
                reviewed).sorted(Comparator.comparing(Decision::decidedAt)).toList());
    }
}
