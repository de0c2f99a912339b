package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.EdgeRun.Trial;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distinct failures of a run (same operation, input, property and status count once), each shrunk when first
 * seen, up to a bound so that a run with a systematic fault still ends in bounded time; the rest are reported as
 * generated. The run goes on after a failure: one report lists everything the edge got wrong.
 */
final class Findings {

    private static final int SHRUNK_AT_MOST = 40;

    private final Shrinker shrinker;
    private final Map<String, String> reports = new LinkedHashMap<>();
    private final Map<String, Integer> occurrences = new LinkedHashMap<>();

    Findings(Shrinker shrinker) {
        this.shrinker = shrinker;
    }

    void add(Trial failing) {
        String signature = failing.signature();
        if (occurrences.merge(signature, 1, Integer::sum) == 1) {
            reports.put(signature, reports.size() < SHRUNK_AT_MOST ? shrunk(failing) : failing.report());
        }
    }

    boolean isEmpty() {
        return reports.isEmpty();
    }

    String report(FuzzSeed seed) {
        StringBuilder report = new StringBuilder(String.format("%d distinct failures (seed %d, repeat with -D%s=%d)",
                reports.size(), seed.value(), FuzzSeed.PROPERTY, seed.value()));
        reports.forEach((signature, shown) -> report.append("\n\n").append(signature).append(" (")
                .append(occurrences.get(signature)).append("x)\n").append(shown));
        return report.append(reports.isEmpty() ? "" : "\n\nMake each shrunk request a plain test in "
                + "HostileInputRegressionTests.").toString();
    }

    private String shrunk(Trial failing) {
        Shrinker.Shrunk shrunk = shrinker.shrink(failing);
        return "shrunk" + (shrunk.reproduced() ? "" : " (the original did NOT fail again when sent once more)")
                + ": " + shrunk.smallest().report();
    }
}
