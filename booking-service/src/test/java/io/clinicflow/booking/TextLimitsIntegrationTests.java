package io.clinicflow.booking;

import io.clinicflow.testkit.TextLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** ADR 0037's text limits of booking-service, each at its boundary: one character more is a 400 on the field. */
@BookingServiceTest
class TextLimitsIntegrationTests extends WithRegisteredClient {

    @ParameterizedTest(name = "{0} {1}: at most {2} characters, line breaks allowed: {3}")
    @CsvSource(textBlock = """
            POST /clients,                firstName, 100,  false
            POST /clients,                lastName,  100,  false
            POST /clients,                phone,     32,   false
            POST /locations,              name,      100,  false
            POST /practitioners,          name,      100,  false
            POST /bookings/{id}/cancel,   reason,    500,  true
            POST /locations/{id}/closures, reason,   500,  true
            """)
    void refusesTextOverItsLimitNamingTheField(String operation, String field, int max, boolean lines) {
        String unknown = UUID.randomUUID().toString();
        switch (operation) {
            case "POST /clients" -> TextLimit.assertKeptBy(reception.api, "/api/v1/clients",
                    Reception.clientRequest(soho), field, max, lines);
            case "POST /locations" -> TextLimit.assertKeptBy(reception.api, "/api/v1/locations",
                    Map.of("name", "Soho", "timeZone", "Europe/London"), field, max, lines);
            case "POST /practitioners" -> TextLimit.assertKeptBy(reception.api, "/api/v1/practitioners",
                    Map.of("name", "Mara Quinn", "locationIds", List.of(soho)), field, max, lines);
            case "POST /bookings/{id}/cancel" -> TextLimit.assertKeptBy(reception.api,
                    "/api/v1/bookings/" + unknown + "/cancel", Map.of("reason", "client asked"), field, max, lines);
            default -> TextLimit.assertKeptBy(reception.api, "/api/v1/locations/" + unknown + "/closures",
                    Map.of("date", "2026-12-24", "reason", "Christmas Eve"), field, max, lines);
        }
    }
}
