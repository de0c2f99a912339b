package io.clinicflow.session.screening.rules;

import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.time.Period;
import java.util.Optional;

/**
 * Age on the session date: minors are declined; adults younger than the devices' labelling age (22 by default)
 * need a practitioner's review. An unknown birth date (registration still in flight) finds nothing.
 */
public final class AgeRule implements ScreeningRule {

    private final int adultAge;
    private final int deviceLabelledFromAge;

    public AgeRule(int adultAge, int deviceLabelledFromAge) {
        this.adultAge = adultAge;
        this.deviceLabelledFromAge = deviceLabelledFromAge;
    }

    @Override
    public Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.dateOfBirth()
                .map(born -> Period.between(born, screeningCase.sessionDate()).getYears())
                .flatMap(this::finding);
    }

    private Optional<Finding> finding(int age) {
        if (age < adultAge) {
            return Optional.of(Finding.declined("UNDER_AGE"));
        }
        return age < deviceLabelledFromAge
                ? Optional.of(Finding.reviewRequired("UNDER_22_DEVICE_LABELLING"))
                : Optional.empty();
    }
}
