package io.clinicflow.session.screening;

import io.clinicflow.session.declarations.HealthDeclaration;
import io.clinicflow.session.screening.rules.ActiveAcneRule;
import io.clinicflow.session.screening.rules.ActiveColdSoreRule;
import io.clinicflow.session.screening.rules.AgeRule;
import io.clinicflow.session.screening.rules.AnticoagulantsRule;
import io.clinicflow.session.screening.rules.BleedingDisorderRule;
import io.clinicflow.session.screening.rules.ChemicalPeelOrLaserRule;
import io.clinicflow.session.screening.rules.ColdSoreHistoryRule;
import io.clinicflow.session.screening.rules.ImmunosuppressionRule;
import io.clinicflow.session.screening.rules.IsotretinoinRule;
import io.clinicflow.session.screening.rules.KeloidScarringRule;
import io.clinicflow.session.screening.rules.MetalOrAnaestheticAllergyRule;
import io.clinicflow.session.screening.rules.NeurotoxinOrFillerRule;
import io.clinicflow.session.screening.rules.OpenWoundOrInfectionRule;
import io.clinicflow.session.screening.rules.PigmentationRiskRule;
import io.clinicflow.session.screening.rules.PregnancyRule;
import io.clinicflow.session.screening.rules.RetinoidRule;
import io.clinicflow.session.screening.rules.SkinCancerRule;
import io.clinicflow.session.screening.rules.SkinConditionRule;
import io.clinicflow.session.screening.rules.SunburnRule;
import io.clinicflow.session.screening.rules.UncontrolledDiabetesRule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A versioned set of screening rules (DESIGN §5). Every screening records the version that decided it. */
public final class ScreeningRuleSet {

    public static final String DECLARATION_MISSING_OR_EXPIRED = "DECLARATION_MISSING_OR_EXPIRED";

    private final String version;
    private final int declarationValidDays;
    private final List<ScreeningRule> rules;

    public ScreeningRuleSet(String version, int declarationValidDays, List<ScreeningRule> rules) {
        this.version = version;
        this.declarationValidDays = declarationValidDays;
        this.rules = List.copyOf(rules);
    }

    /** Every contraindication of DESIGN §5, absolute ones first, with these parameters. */
    public static ScreeningRuleSet of(ScreeningParameters p) {
        return new ScreeningRuleSet(p.version(), p.declarationValidDays(), List.of(
                new PregnancyRule(), new OpenWoundOrInfectionRule(), new ActiveColdSoreRule(), new SkinCancerRule(),
                new BleedingDisorderRule(), new MetalOrAnaestheticAllergyRule(),
                new IsotretinoinRule(p.isotretinoinWait()), new NeurotoxinOrFillerRule(p.neurotoxinOrFillerWait()),
                new SunburnRule(p.sunburnWait()), new ChemicalPeelOrLaserRule(p.chemicalPeelOrLaserWait()),
                new AgeRule(p.adultAge(), p.deviceLabelledFromAge()),
                new KeloidScarringRule(), new SkinConditionRule(), new ActiveAcneRule(), new ColdSoreHistoryRule(),
                new AnticoagulantsRule(), new UncontrolledDiabetesRule(), new ImmunosuppressionRule(),
                new PigmentationRiskRule(p.pigmentationRiskFromType()), new RetinoidRule(p.retinoidPause())));
    }

    /** The chain's default rules, as DESIGN §5 states them. */
    public static ScreeningRuleSet defaults() {
        return of(ScreeningParameters.defaults());
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
                    Optional.empty(), List.of(), version);
        }
        ScreeningCase screeningCase = new ScreeningCase(counting.get().answers(), dateOfBirth, sessionDate);
        return combine(rules.stream().flatMap(rule -> rule.apply(screeningCase).stream()).toList());
    }

    private boolean countsOn(HealthDeclaration declaration, LocalDate sessionDate, ZoneId zone) {
        LocalDate declaredOn = LocalDate.ofInstant(declaration.submittedAt(), zone);
        return !declaredOn.plusDays(declarationValidDays).isBefore(sessionDate);
    }

    /** The strongest finding decides; every reason is kept; a deferral waits for the last of its reasons to pass. */
    private Verdict combine(List<Finding> findings) {
        ScreeningOutcome outcome = findings.stream().map(Finding::outcome)
                .reduce(ScreeningOutcome.CLEARED, (a, b) -> b.beats(a) ? b : a);
        Optional<LocalDate> earliestEligible = outcome != ScreeningOutcome.DEFERRED ? Optional.empty()
                : findings.stream().flatMap(f -> f.earliestEligibleDate().stream()).max(Comparator.naturalOrder());
        return new Verdict(outcome, findings.stream().map(Finding::reasonCode).toList(), earliestEligible,
                findings.stream().flatMap(f -> f.preCareInstruction().stream()).toList(), version);
    }
}
