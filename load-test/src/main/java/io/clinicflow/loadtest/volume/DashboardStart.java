package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TokenIssuer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ops dashboard started as it runs in production, its executable jar in a JVM of its own, on the system's broker:
 * the time from launching the JVM until its readiness endpoint answers 200 (UP), and its heap then, used after a
 * full GC (jcmd GC.run, then GC.heap_info; G1 is chosen so the first "used" is the whole heap's). A process of its
 * own gives the heap honestly: in this JVM it would mix with the services'.
 */
public final class DashboardStart {

    static final Path TARGET = Path.of("ops-dashboard/target");
    static final Duration READY_BOUND = Duration.ofMinutes(5);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Duration POLL = Duration.ofMillis(100);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path jar;

    private DashboardStart(Path jar) {
        this.jar = jar;
    }

    /** The jar the ops-dashboard module's build repackages (classifier exec); looked for before anything starts. */
    public static DashboardStart ofBuiltJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(TARGET, "ops-dashboard-*-exec.jar")) {
            for (Path jar : jars) {
                return new DashboardStart(jar);
            }
        }
        throw new IOException("No executable jar in " + TARGET.toAbsolutePath() + ": build the module first (bin/perf does)");
    }

    /**
     * Two starts under a group of the phase's own, so that no other phase's snapshot is found (ADR 0061): a first
     * start, which has no snapshot and reads the first-start window; then, after it stopped and wrote its snapshot on
     * the way down, a restart, which resumes from that snapshot. The heap is the restarted one's.
     */
    public List<Reading> measure(ClinicInfrastructure infrastructure, String phase) throws IOException, InterruptedException {
        String group = "ops-dashboard-perf-" + phase.replace(' ', '-');
        Started first = start(infrastructure, group, phase + "-first-start");
        first.stop();
        Started restart = start(infrastructure, group, phase + "-restart");
        try {
            return List.of(new Reading("ops-dashboard first start ready (readiness UP)", first.readySeconds(), "s",
                            Goal.READY_IN_30_S),
                    new Reading("ops-dashboard restart ready (from its snapshot)", restart.readySeconds(), "s",
                            Goal.READY_IN_30_S),
                    new Reading("ops-dashboard heap after the restart, after a full GC",
                            heapUsedMegabytes(restart.process()), "MB", Goal.NONE));
        } finally {
            restart.stop();
        }
    }

    /** A dashboard process and the seconds it took to be ready (infinite if it never was). */
    private record Started(Process process, double readySeconds) {

        /** SIGTERM: the dashboard writes its snapshot while it shuts down. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private Started start(ClinicInfrastructure infrastructure, String group, String name)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = Path.of("load-test/target/ops-dashboard-" + name.replace(' ', '-') + ".log");
        long launched = System.nanoTime();
        Process dashboard = new ProcessBuilder(java("java"), "-XX:+UseG1GC", "-jar", jar.toString(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(), "--server.port=" + port,
                "--clinicflow.dashboard.group=" + group,
                "--" + ClinicInfrastructure.PUBLIC_KEY_PROPERTY + "=" + TokenIssuer.ofThisJvm().publicKeyLocation())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        double readySeconds = awaitReady(dashboard, port) ? (System.nanoTime() - launched) / 1e9
                : Double.POSITIVE_INFINITY;
        return new Started(dashboard, readySeconds);
    }

    private boolean awaitReady(Process dashboard, int port) throws InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_BOUND.toNanos();
        while (System.nanoTime() < deadline && dashboard.isAlive()) {
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
        return false;
    }

    private static double heapUsedMegabytes(Process dashboard) throws IOException, InterruptedException {
        if (!dashboard.isAlive()) {
            return Double.NaN;
        }
        jcmd(dashboard, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(dashboard, "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
    }

    private static String jcmd(Process target, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(java("jcmd"), Long.toString(target.pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }

    /** A tool of the JDK this harness runs on. */
    private static String java(String tool) {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling(tool).toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
