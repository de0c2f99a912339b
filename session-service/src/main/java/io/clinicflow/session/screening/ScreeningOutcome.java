package io.clinicflow.session.screening;

/**
 * What screening decided. Findings combine by precedence, strongest last: DECLINED beats DEFERRED beats
 * REVIEW_REQUIRED beats CLEARED. DECLARATION_REQUIRED comes from no rule: the rules cannot run without a declaration.
 */
public enum ScreeningOutcome {
    CLEARED, REVIEW_REQUIRED, DEFERRED, DECLINED, DECLARATION_REQUIRED;

    boolean beats(ScreeningOutcome other) {
        return ordinal() > other.ordinal();
    }
}
