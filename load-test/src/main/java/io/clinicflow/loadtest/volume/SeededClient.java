package io.clinicflow.loadtest.volume;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A client of the seeded chain, registered at their home location before the seeded year began. */
record SeededClient(UUID id, SeededLocation home, int number, String firstName, String lastName, String email,
                    String phone, LocalDate dateOfBirth, boolean emailConsent, boolean smsConsent,
                    Instant registeredAt) {

    boolean phoneOnFile() {
        return phone != null;
    }
}
