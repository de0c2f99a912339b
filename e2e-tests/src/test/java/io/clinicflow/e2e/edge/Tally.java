package io.clinicflow.e2e.edge;

import java.util.Map;
import java.util.TreeMap;

/** Requests sent per operation and per hostile input, with the answers' status classes: what the run covered. */
final class Tally {

    private final Map<String, int[]> byOperation = new TreeMap<>();
    private final Map<String, int[]> byInput = new TreeMap<>();
    private int total;

    void count(EdgeRequest request, Answer answer) {
        int statusClass = Math.min(answer.status() / 100, 5);
        byOperation.computeIfAbsent(request.operation().name(), name -> new int[6])[statusClass]++;
        byInput.computeIfAbsent(request.input().name(), name -> new int[6])[statusClass]++;
        total++;
    }

    int total() {
        return total;
    }

    String table() {
        StringBuilder table = new StringBuilder(String.format("%-62s %7s %6s %6s %6s %6s%n", "requests per operation",
                "total", "2xx", "4xx", "5xx", "none"));
        byOperation.forEach((name, counts) -> table.append(row(name, counts)));
        table.append(String.format("%n%-62s %7s %6s %6s %6s %6s%n", "requests per hostile input", "total", "2xx",
                "4xx", "5xx", "none"));
        byInput.forEach((name, counts) -> table.append(row(name, counts)));
        return table.append(String.format("%n%-62s %7d%n", "all requests", total)).toString();
    }

    private static String row(String name, int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return String.format("%-62s %7d %6d %6d %6d %6d%n", name, sum, counts[2], counts[4], counts[5], counts[0]);
    }
}
