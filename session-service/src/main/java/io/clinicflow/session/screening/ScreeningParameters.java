package io.clinicflow.session.screening;

import java.time.Period;
import java.util.Objects;

/**
 * The tunable numbers of the screening rules, bound from {@code clinicflow.screening.*}. Changing any of them is a
 * new rule set: {@code version} must change with them (ADR 0010).
 *
 * @param declarationValidDays      a declaration counts if at most this many days old on the session date
 * @param isotretinoinWait          no needling until this long after the last isotretinoin dose
 * @param neurotoxinOrFillerWait    ... after the last neurotoxin or filler injection
 * @param sunburnWait               ... after the last sunburn
 * @param chemicalPeelOrLaserWait   ... after the last chemical peel or laser treatment
 * @param retinoidPause             topical retinoids used within this time before the session need a review
 * @param adultAge                  younger than this on the session date: declined
 * @param deviceLabelledFromAge     younger than this (but adult): a practitioner reviews
 * @param pigmentationRiskFromType  Fitzpatrick skin type from which a practitioner reviews
 */
public record ScreeningParameters(String version, int declarationValidDays, Period isotretinoinWait,
                                  Period neurotoxinOrFillerWait, Period sunburnWait, Period chemicalPeelOrLaserWait,
                                  Period retinoidPause, int adultAge, int deviceLabelledFromAge,
                                  int pigmentationRiskFromType) {

    public ScreeningParameters {
        requireText(version);
        Objects.requireNonNull(isotretinoinWait, "isotretinoin-wait");
        Objects.requireNonNull(neurotoxinOrFillerWait, "neurotoxin-or-filler-wait");
        Objects.requireNonNull(sunburnWait, "sunburn-wait");
        Objects.requireNonNull(chemicalPeelOrLaserWait, "chemical-peel-or-laser-wait");
        Objects.requireNonNull(retinoidPause, "retinoid-pause");
        if (declarationValidDays < 1 || adultAge < 1 || deviceLabelledFromAge < adultAge
                || pigmentationRiskFromType < 1 || pigmentationRiskFromType > 6) {
            throw new IllegalArgumentException("Screening parameters out of range: declaration-valid-days "
                    + declarationValidDays + ", adult-age " + adultAge + ", device-labelled-from-age "
                    + deviceLabelledFromAge + ", pigmentation-risk-from-type " + pigmentationRiskFromType);
        }
    }

    /** DESIGN §5's defaults, the same numbers session-service.yml ships. */
    public static ScreeningParameters defaults() {
        return new ScreeningParameters("2026.11.1", 90, Period.ofMonths(6), Period.ofDays(14), Period.ofDays(7),
                Period.ofDays(30), Period.ofDays(3), 18, 22, 4);
    }

    private static void requireText(String version) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("clinicflow.screening.version must name the rule set");
        }
    }
}
