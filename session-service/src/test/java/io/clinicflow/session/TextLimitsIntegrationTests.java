package io.clinicflow.session;

import io.clinicflow.testkit.TextLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** ADR 0037's text limits of session-service, each at its boundary: one character more is a 400 on the field. */
@SessionServiceTest
class TextLimitsIntegrationTests extends WithNewClient {

    private static final Map<String, Object> COMPLETION = Map.of(
            "areas", List.of(Map.of("area", "FACE", "needleDepthMm", 1.0, "passes", 3, "depthReason", "thick skin")),
            "numbing", true, "device", "Dermapen 4", "cartridgeLot", "LOT-114", "notes", "calm session");

    @ParameterizedTest(name = "{0} {1}: at most {2} characters, line breaks allowed: {3}")
    @CsvSource(textBlock = """
            complete, device,               100,  false
            complete, cartridgeLot,         64,   false
            complete, notes,                4000, true
            complete, areas[0].depthReason, 500,  true
            abandon,  note,                 4000, true
            review,   note,                 4000, true
            """)
    void refusesTextOverItsLimitNamingTheField(String operation, String field, int max, boolean lines) {
        String unknown = UUID.randomUUID().toString();
        switch (operation) {
            case "complete" -> TextLimit.assertKeptBy(api, "/api/v1/sessions/" + unknown + "/complete", COMPLETION,
                    field, max, lines);
            case "abandon" -> TextLimit.assertKeptBy(api, "/api/v1/sessions/" + unknown + "/abandon",
                    Map.of("reasonCategory", "CLIENT_REQUEST", "note", "felt faint"), field, max, lines);
            default -> TextLimit.assertKeptBy(api, "/api/v1/screenings/" + unknown + "/review",
                    Map.of("decision", "APPROVE", "reviewer", unknown, "note", "fine"), field, max, lines);
        }
    }
}
