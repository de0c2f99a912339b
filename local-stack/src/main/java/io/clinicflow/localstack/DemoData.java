package io.clinicflow.localstack;

import io.clinicflow.testkit.Clinic;

import java.util.List;

/** The chain a visitor finds in a fresh local stack: three locations, each with a practitioner. */
final class DemoData {

    private DemoData() {
    }

    static List<Clinic.Site> seed(Clinic clinic) {
        return List.of(
                clinic.openSite("ClinicFlow London", "Europe/London", "Amara Okafor"),
                clinic.openSite("ClinicFlow New York", "America/New_York", "Daniel Reyes"),
                clinic.openSite("ClinicFlow Sydney", "Australia/Sydney", "Mei Tanaka"));
    }
}
