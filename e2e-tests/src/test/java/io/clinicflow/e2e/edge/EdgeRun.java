package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.EdgeProperties.Violation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sends one generated case and checks the edge's properties on its answer. */
final class EdgeRun {

    /** A case as it went: its recipe, the request sent, the answer, and the property it broke if any. */
    record Trial(Recipe recipe, EdgeRequest request, Answer answer, Optional<Violation> violation) {
        String signature() {
            return violation.map(broken -> broken.signature(request, answer)).orElse("holds");
        }

        String report() {
            return recipe + "\n  " + request.shown() + "\n  answered " + answer.status() + " [" + answer.contentType()
                    + "] " + answer.excerpt() + violation.map(broken -> "\n  broke \"" + broken.property() + "\": "
                    + broken.how()).orElse("");
        }
    }

    private final HostileRequests requests;
    private final EdgeCalls calls;
    private final StoredRows rows;
    private final Map<Service, Integer> ports;
    private final TwoSites sites;

    EdgeRun(HostileRequests requests, EdgeCalls calls, StoredRows rows, Map<Service, Integer> ports, TwoSites sites) {
        this.requests = requests;
        this.calls = calls;
        this.rows = rows;
        this.ports = Map.copyOf(ports);
        this.sites = sites;
    }

    Optional<Trial> attempt(Recipe recipe) {
        return requests.request(recipe).map(request -> {
            Service service = request.operation().service();
            Map<String, Long> before = rows.of(service);
            Answer answer = calls.send(ports.get(service), request);
            Map<String, Long> grown = StoredRows.grown(before, rows.of(service));
            return new Trial(recipe, request, answer,
                    EdgeProperties.check(request, answer, grown, secretsFor(request)));
        });
    }

    /** A token of one location must never see the other's data; a forged token must see nobody's. */
    private List<String> secretsFor(EdgeRequest request) {
        return request.input() == HostileInput.OTHER_LOCATION_TOKEN ? sites.own().secrets() : sites.other().secrets();
    }
}
