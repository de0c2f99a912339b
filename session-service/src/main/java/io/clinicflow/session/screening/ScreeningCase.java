package io.clinicflow.session.screening;

import io.clinicflow.session.declarations.Answers;

import java.time.LocalDate;
import java.util.Optional;

/** What a rule looks at: the answers of a declaration that counts, the client's birth date if known, the session date. */
public record ScreeningCase(Answers answers, Optional<LocalDate> dateOfBirth, LocalDate sessionDate) {
}
