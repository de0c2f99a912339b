package io.clinicflow.localstack;

import io.clinicflow.testkit.Clinic;

import java.util.LinkedHashMap;
import java.util.Map;

/** The chain a visitor finds in a fresh local stack: three locations, each with a practitioner, by short name. */
final class DemoData {

    private DemoData() {
    }

    static Map<String, Clinic.Site> seed(Clinic clinic) {
        Map<String, Clinic.Site> sites = new LinkedHashMap<>();
        sites.put("london", clinic.openSite("ClinicFlow London", "Europe/London", "Amara Okafor"));
        sites.put("newyork", clinic.openSite("ClinicFlow New York", "America/New_York", "Daniel Reyes"));
        sites.put("sydney", clinic.openSite("ClinicFlow Sydney", "Australia/Sydney", "Mei Tanaka"));
        return sites;
    }
}
