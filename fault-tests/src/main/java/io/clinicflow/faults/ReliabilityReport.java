package io.clinicflow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The suite's table: printed, and written between the result markers of docs/reliability.md. */
final class ReliabilityReport {

    private static final String BEGIN = "<!-- fault-tests results: begin (written by bin/fault-tests) -->";
    private static final String END = "<!-- fault-tests results: end -->";

    private ReliabilityReport() {
    }

    static void print(List<ScenarioResult> results, Duration took) {
        System.out.println();
        System.out.println(table(results, took));
    }

    static void write(Path document, List<ScenarioResult> results, Duration took) {
        try {
            String text = Files.readString(document);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(document + " lacks the result markers");
            }
            Files.writeString(document, text.substring(0, begin + BEGIN.length()) + "\n" + table(results, took) + "\n"
                    + text.substring(end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String table(List<ScenarioResult> results, Duration took) {
        StringBuilder table = new StringBuilder(ScenarioResult.HEADER).append('\n').append(ScenarioResult.RULE).append('\n');
        results.forEach(result -> table.append(result.row()).append('\n'));
        return table.append("\nRun of ").append(LocalDate.now(ZoneOffset.UTC)).append(": ")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s, ")
                .append(results.stream().allMatch(ScenarioResult::passed) ? "all requirements met." : "REQUIREMENTS VIOLATED.")
                .append('\n').toString();
    }
}
