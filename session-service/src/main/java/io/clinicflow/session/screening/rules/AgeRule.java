package io.clinicflow.session.screening.rules;

import io.clinicflow.session.screening.Finding;
import io.clinicflow.session.screening.ScreeningCase;
import io.clinicflow.session.screening.ScreeningRule;

import java.time.Period;
import java.util.Optional;

/**
 * Age on the session date: minors are declined; 18 to 21 need a practitioner's review because the devices are
 * labelled for 22 and over. An unknown birth date (registration still in flight) finds nothing.
 */
public final class AgeRule implements ScreeningRule {

    private static final int ADULT = 18;
    private static final int DEVICE_LABELLED_FROM = 22;

    @Override
    public Optional<Finding> apply(ScreeningCase screeningCase) {
        return screeningCase.dateOfBirth()
                .map(born -> Period.between(born, screeningCase.sessionDate()).getYears())
                .flatMap(AgeRule::finding);
    }

    private static Optional<Finding> finding(int age) {
        if (age < ADULT) {
            return Optional.of(Finding.declined("UNDER_AGE"));
        }
        return age < DEVICE_LABELLED_FROM
                ? Optional.of(Finding.reviewRequired("UNDER_22_DEVICE_LABELLING"))
                : Optional.empty();
    }
}
