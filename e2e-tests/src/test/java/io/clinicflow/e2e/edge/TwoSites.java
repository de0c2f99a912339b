package io.clinicflow.e2e.edge;

import io.clinicflow.testkit.Clinic;

/** The caller's own location and another one, each with a treated client; the hostile tokens are made for them. */
record TwoSites(EdgeSite own, EdgeSite other) {

    static TwoSites open(Clinic clinic) {
        return new TwoSites(EdgeSite.open(clinic, "Edge Soho", "Odalys", "Vantongeren"),
                EdgeSite.open(clinic, "Edge Camden", "Wilhelmina", "Zaborowska"));
    }

    KnownIds ids() {
        return new KnownIds(own.ids(), other.ids());
    }

    EdgeTokens tokens() {
        return EdgeTokens.of(own.locationId(), other.locationId());
    }
}
