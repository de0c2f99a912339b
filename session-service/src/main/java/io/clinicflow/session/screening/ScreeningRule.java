package io.clinicflow.session.screening;

import java.util.Optional;

/** One contraindication of DESIGN §5, judged against the session date; empty when it does not apply. */
@FunctionalInterface
public interface ScreeningRule {

    Optional<Finding> apply(ScreeningCase screeningCase);
}
