package io.clinicflow.aftercare;

import io.clinicflow.testkit.TextLimit;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

/** ADR 0037's text limits of aftercare-service at their boundary: one character more is a 400 on the field. */
@AftercareServiceTest
class TextLimitsIntegrationTests extends WithAftercareClient {

    @Test
    void refusesACheckInNoteOverFourThousandCharacters() {
        TextLimit.assertKeptBy(aftercare, "/api/v1/sessions/" + sessionId + "/check-ins", Map.of("redness", 1,
                "swelling", 1, "pain", 0, "signsOfInfection", false, "note", "a little pink"), "note", 4000, true);
    }

    @Test
    void refusesAResolutionNoteOverFourThousandCharacters() {
        TextLimit.assertKeptBy(aftercare, "/api/v1/concerns/" + UUID.randomUUID() + "/resolve",
                Map.of("practitionerId", UUID.randomUUID().toString(), "note", "seen"), "note", 4000, true);
    }
}
