package io.clinicflow.localstack;

import io.clinicflow.testkit.ApiClient;

import java.util.List;
import java.util.Map;

/** The chain a visitor finds in a fresh local stack: three locations, each with a practitioner. */
final class DemoData {

    private record DemoLocation(String name, String timeZone, String practitioner) {
    }

    private static final List<DemoLocation> CHAIN = List.of(
            new DemoLocation("ClinicFlow London", "Europe/London", "Amara Okafor"),
            new DemoLocation("ClinicFlow New York", "America/New_York", "Daniel Reyes"),
            new DemoLocation("ClinicFlow Sydney", "Australia/Sydney", "Mei Tanaka"));

    private DemoData() {
    }

    static void seed(ApiClient booking) {
        for (DemoLocation location : CHAIN) {
            ApiClient.Response created = booking.post("/api/v1/locations",
                    Map.of("name", location.name(), "timeZone", location.timeZone()));
            require(created, "location " + location.name());
            require(booking.post("/api/v1/practitioners", Map.of("name", location.practitioner(),
                    "locationIds", List.of(created.text("id")))), "practitioner " + location.practitioner());
        }
    }

    private static void require(ApiClient.Response response, String what) {
        if (response.status() != 201) {
            throw new IllegalStateException("Demo data: could not create " + what + ": " + response);
        }
    }
}
