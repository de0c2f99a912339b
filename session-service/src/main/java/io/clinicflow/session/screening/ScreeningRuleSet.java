package io.clinicflow.session.screening;

import io.clinicflow.session.declarations.HealthDeclaration;
import io.clinicflow.session.screening.rules.AgeRule;
import io.clinicflow.session.screening.rules.IsotretinoinRule;
import io.clinicflow.session.screening.rules.KeloidScarringRule;
import io.clinicflow.session.screening.rules.PregnancyRule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A versioned set of screening rules (DESIGN §5). Every screening records the version that decided it. */
public final class ScreeningRuleSet {

    public static final String DECLARATION_MISSING_OR_EXPIRED = "DECLARATION_MISSING_OR_EXPIRED";
    /** A declaration counts if it is at most this many days old on the session date. */
    static final int DECLARATION_VALID_DAYS = 90;

    private final String version;
    private final List<ScreeningRule> rules;

    public ScreeningRuleSet(String version, List<ScreeningRule> rules) {
        this.version = version;
        this.rules = List.copyOf(rules);
    }

    /** The chain's default rules; the skeleton carries the first contraindications of each kind. */
    public static ScreeningRuleSet defaults() {
        return new ScreeningRuleSet("2026.11-skeleton",
                List.of(new PregnancyRule(), new IsotretinoinRule(), new KeloidScarringRule(), new AgeRule()));
    }

    public String version() {
        return version;
    }

    /**
     * Screens a session on {@code sessionDate} against the client's latest declaration; {@code zone} is the
     * location's, in which the declaration's submission date is counted.
     */
    public Verdict screen(Optional<HealthDeclaration> latest, Optional<LocalDate> dateOfBirth, LocalDate sessionDate,
                          ZoneId zone) {
        Optional<HealthDeclaration> counting = latest.filter(d -> countsOn(d, sessionDate, zone));
        if (counting.isEmpty()) {
            return new Verdict(ScreeningOutcome.DECLARATION_REQUIRED, List.of(DECLARATION_MISSING_OR_EXPIRED),
                    Optional.empty(), version);
        }
        ScreeningCase screeningCase = new ScreeningCase(counting.get().answers(), dateOfBirth, sessionDate);
        return combine(rules.stream().flatMap(rule -> rule.apply(screeningCase).stream()).toList());
    }

    private static boolean countsOn(HealthDeclaration declaration, LocalDate sessionDate, ZoneId zone) {
        LocalDate declaredOn = LocalDate.ofInstant(declaration.submittedAt(), zone);
        return !declaredOn.plusDays(DECLARATION_VALID_DAYS).isBefore(sessionDate);
    }

    /** The strongest finding decides; every reason is kept; a deferral waits for the last of its reasons to pass. */
    private Verdict combine(List<Finding> findings) {
        ScreeningOutcome outcome = findings.stream().map(Finding::outcome)
                .reduce(ScreeningOutcome.CLEARED, (a, b) -> b.beats(a) ? b : a);
        Optional<LocalDate> earliestEligible = outcome != ScreeningOutcome.DEFERRED ? Optional.empty()
                : findings.stream().flatMap(f -> f.earliestEligibleDate().stream()).max(Comparator.naturalOrder());
        return new Verdict(outcome, findings.stream().map(Finding::reasonCode).toList(), earliestEligible, version);
    }
}
