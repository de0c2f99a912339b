package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JFR recording (the JDK's "profile" settings) of one load step in this JVM, and its short summary: CPU samples
 * by thread group and by hot method, the first ClinicFlow frame of each sample, monitor contention, and the time
 * threads spent blocked reading from PostgreSQL, Kafka or SMTP sockets. The .jfr stays for {@code jfr view}.
 */
final class Profile {

    private static final int TOP = 12;
    private static final String OWN_CODE = "io.clinicflow.";

    private final Recording recording;
    private final Map<Integer, String> peers;

    private Profile(Recording recording, Map<Integer, String> peers) {
        this.recording = recording;
        this.peers = peers;
    }

    static Profile start(ClinicInfrastructure infrastructure) throws IOException, ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        // The profile settings keep socket reads and monitor waits over 10 ms only: every database round trip counts.
        recording.enable("jdk.SocketRead").withThreshold(Duration.ofMillis(1)).withStackTrace();
        recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(1)).withStackTrace();
        recording.start();
        Map<Integer, String> peers = new HashMap<>();
        peers.put(infrastructure.postgresPort(), "PostgreSQL");
        peers.put(infrastructure.smtpPort(), "SMTP");
        for (String server : infrastructure.bootstrapServers().split(",")) {
            peers.put(URI.create("kafka://" + server).getPort(), "Kafka");
        }
        return new Profile(recording, peers);
    }

    /** Stops the recording, writes it to {@code file} and prints the summary. */
    Path stopAndSummarize(Path file, PrintStream out) throws IOException {
        recording.stop();
        Files.createDirectories(file.getParent());
        recording.dump(file);
        recording.close();
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        List<RecordedEvent> samples = of(events, "jdk.ExecutionSample");
        out.printf("%nProfile (JFR, %d CPU samples): %s%n", samples.size(), file.toAbsolutePath());
        share(out, "CPU samples by thread group", samples, e -> threadGroup(e.getThread("sampledThread").getJavaName()));
        share(out, "hot methods (top frame)", samples, e -> frame(e.getStackTrace(), 0));
        share(out, "first ClinicFlow frame on the stack", samples, e -> ownFrame(e.getStackTrace()));
        waits(out, "monitor contention (blocked on monitor class @ first ClinicFlow frame)",
                of(events, "jdk.JavaMonitorEnter"),
                e -> e.getClass("monitorClass").getName() + " @ " + ownFrame(e.getStackTrace()));
        waits(out, "blocking socket reads by peer and thread group (DB wait)", of(events, "jdk.SocketRead"),
                e -> peers.getOrDefault(e.getInt("port"), "port " + e.getInt("port")) + " <- "
                        + threadGroup(e.getThread().getJavaName()));
        waits(out, "GC pauses", of(events, "jdk.GarbageCollection"), e -> e.getString("name"));
        out.printf("More: jfr view hot-methods|contention-by-site|gc %s%n", file);
        return file;
    }

    private static List<RecordedEvent> of(List<RecordedEvent> events, String type) {
        return events.stream().filter(e -> e.getEventType().getName().equals(type)).toList();
    }

    private static void share(PrintStream out, String title, List<RecordedEvent> samples,
                              Function<RecordedEvent, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        samples.forEach(e -> counts.merge(key.apply(e), 1, Integer::sum));
        out.printf("%n  %s%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(c -> out.printf("  %6.1f %%  %s%n", 100.0 * c.getValue() / Math.max(1, samples.size()), c.getKey()));
    }

    private static void waits(PrintStream out, String title, List<RecordedEvent> events,
                              Function<RecordedEvent, String> key) {
        Map<String, long[]> byKey = new HashMap<>();
        for (RecordedEvent e : events) {
            long[] total = byKey.computeIfAbsent(key.apply(e), k -> new long[2]);
            total[0]++;
            total[1] += e.getDuration().toNanos();
        }
        out.printf("%n  %s%n  %8s %10s %8s  %s%n", title, "count", "total ms", "mean ms", "where");
        byKey.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(TOP)
                .forEach(w -> out.printf("  %8d %10.0f %8.2f  %s%n", w.getValue()[0], w.getValue()[1] / 1e6,
                        w.getValue()[1] / 1e6 / w.getValue()[0], w.getKey()));
    }

    /** "session-on-booking-events-0-C-1" and "-2-C-1" are one group: digits and trailing separators collapse. */
    static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("\\d+", "#");
    }

    private static String frame(RecordedStackTrace stack, int index) {
        if (stack == null || stack.getFrames().size() <= index) {
            return "?";
        }
        RecordedFrame frame = stack.getFrames().get(index);
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String ownFrame(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (int i = 0; i < stack.getFrames().size(); i++) {
            if (stack.getFrames().get(i).getMethod().getType().getName().startsWith(OWN_CODE)) {
                return frame(stack, i);
            }
        }
        return "(no ClinicFlow frame)";
    }
}
