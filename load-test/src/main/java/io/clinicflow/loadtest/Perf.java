package io.clinicflow.loadtest;

import io.clinicflow.loadtest.volume.ChainSize;
import io.clinicflow.loadtest.volume.ClinicRecordsOfAYear;
import io.clinicflow.loadtest.volume.EventsOfAYear;
import io.clinicflow.loadtest.volume.SeedPart;
import io.clinicflow.testkit.ClinicInfrastructure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * bin/perf: {@code jmh} (codec benchmarks), {@code load --rate N --duration PT60S} (one open-loop run),
 * {@code step [--step-duration PT30S] [--rates 5,10,20,...]} (max sustainable rate and the latency plot),
 * {@code profile [--rate 20] [--duration PT30S]} (one run under JFR, summarized), {@code all} (jmh, then step),
 * {@code seed --locations 200 --years 1} (a chain's history written into the stores) or
 * {@code volume --locations 200 --years 1 [--rate 5]} (the same measures empty and at that history, issue 19).
 * Load and step end with the pgbench baseline and issue 18's measures: R_journey, CPU and commits per journey.
 */
public final class Perf {

    static final Path PLOT = Path.of("load-test/target/latency-vs-load.png");
    static final Path RECORDING = Path.of("load-test/target/perf-profile.jfr");
    private static final int PGBENCH_CLIENTS = 4;
    private static final int PGBENCH_SECONDS = 15;
    private static final Duration BASELINE_QUIET_WAIT = Duration.ofMinutes(2);
    /** Every volume run seeds the same chain, so runs compare. */
    private static final long VOLUME_SEED = 19;
    /** What the volume seeder writes, part after part: the databases' records, then the topics' events. */
    private static final List<SeedPart> SEED_PARTS = List.of(
            new ClinicRecordsOfAYear(VOLUME_SEED), new EventsOfAYear(VOLUME_SEED, Clock.systemUTC()));

    private Perf() {
    }

    /** Exits explicitly, also on failure: the services, broker and database threads would keep the JVM alive. */
    public static void main(String[] args) {
        try {
            measure(PerfOptions.parse(args));
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(PerfOptions options) throws Exception {
        long started = System.nanoTime();
        switch (options.mode()) {
            case "jmh" -> CodecBenchmarks.run();
            case "load", "step", "profile" -> measurePipeline(options);
            case "all" -> {
                CodecBenchmarks.run();
                measurePipeline(options.withMode("step"));
            }
            case "seed" -> AtVolume.seed(options.size(), SEED_PARTS);
            case "volume" -> AtVolume.compare(options, SEED_PARTS);
            default -> throw new IllegalArgumentException("Unknown mode " + options.mode()
                    + ": jmh, load, step, profile, seed, volume or all");
        }
        System.out.printf("%nbin/perf %s took %.0f s%n", options.mode(), (System.nanoTime() - started) / 1e9);
    }

    private static void measurePipeline(PerfOptions options) throws Exception {
        Report report = new Report(System.out);
        if (options.mode().equals("profile")) {
            System.setProperty(ClinicInfrastructure.STATEMENT_STATISTICS, "true");
        }
        try (PerfSystem system = PerfSystem.start()) {
            Chain chain = new Chain(system.booking(), system.infrastructure().clock().instant());
            System.out.printf("System up; locations in %s (local time %s)%n", chain.zone(),
                    system.infrastructure().clock().instant().atZone(chain.zone()).toLocalTime().withNano(0));
            LoadRun load = new LoadRun(system, chain);
            try (EventTap tap = new EventTap(system.infrastructure().bootstrapServers(), new Measurements(), load::confirmed)) {
                load.run(options.warmUpRate(), options.warmUp(), tap, new Measurements());
                if (options.mode().equals("profile")) {
                    profileOnce(system, load, tap, options, report);
                    return;
                }
                Stepper.Outcome outcome = options.mode().equals("load")
                        ? loadOnce(load, tap, options, report) : stepUp(load, tap, options, report);
                System.out.printf("%nThe baseline waits for a quiet machine: CPU %.0f %% busy when it starts%n",
                        100 * QuietMachine.await(BASELINE_QUIET_WAIT));
                double pgbench = PgBaseline.tps(system.infrastructure(), PGBENCH_CLIENTS, PGBENCH_SECONDS);
                report.journeys(outcome, pgbench);
            } finally {
                load.stop();
            }
        }
    }

    /** One run: its rate is the maximum if it was sustainable (a lower bound of the real one), else there is none. */
    private static Stepper.Outcome loadOnce(LoadRun load, EventTap tap, PerfOptions options, Report report)
            throws InterruptedException {
        RunResult result = load.run(options.rate(), options.duration(), tap, new Measurements());
        report.run(result);
        return new Stepper.Outcome(List.of(result), result.sustainable() ? result.offeredRate() : 0);
    }

    /** One run under JFR; no baselines (the recording would profile them too). */
    private static void profileOnce(PerfSystem system, LoadRun load, EventTap tap, PerfOptions options, Report report)
            throws Exception {
        Profile profile = Profile.start(system.infrastructure());
        TableReads tables = TableReads.start(system.infrastructure());
        StatementStats statements = StatementStats.start(system.infrastructure());
        try {
            RunResult result = loadOnce(load, tap, options, report).atMax();
            tables.print(System.out, result.arrivals());
            statements.print(System.out, result.arrivals());
        } finally {
            profile.stopAndSummarize(RECORDING, System.out);
        }
    }

    private static Stepper.Outcome stepUp(LoadRun load, EventTap tap, PerfOptions options, Report report) throws Exception {
        Stepper.Outcome outcome = Stepper.search(load, tap, options.rates(), options.stepDuration(), options.allSteps(),
                report);
        report.steps(outcome.steps(), outcome.maxSustainable());
        System.out.println("plot: " + LatencyPlot.write(outcome.steps(), PLOT).toAbsolutePath());
        return outcome;
    }

    /**
     * The command line of bin/perf. {@code --warm-up PT60S --warm-up-rate 10}: the discarded run first (a shorter or
     * slower one leaves the JIT compilers busy in the first steps); {@code --all-steps}: run
     * every rate even after an unsustainable one (a shared, noisy machine can fail a low step and pass a higher one);
     * {@code --locations 200 --years 1}: the chain's history that seed and volume write. A volume run offers 5
     * journeys a second unless told otherwise: a modest rate, so that what changes is the history, not the load.
     */
    record PerfOptions(String mode, double rate, Duration duration, Duration stepDuration, List<Double> rates,
                       Duration warmUp, double warmUpRate, boolean allSteps, ChainSize size) {

        private static final Set<String> OPTIONS = Set.of("--rate", "--duration", "--step-duration", "--rates",
                "--warm-up", "--warm-up-rate", "--all-steps", "--locations", "--years");

        static PerfOptions parse(String[] args) {
            String mode = args.length == 0 ? "all" : args[0];
            Map<String, String> given = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                if (!OPTIONS.contains(args[i])) {
                    throw new IllegalArgumentException("Unknown option " + args[i]);
                }
                given.put(args[i], args[i].equals("--all-steps") ? "true" : args[++i]);
            }
            boolean profile = mode.equals("profile");
            return new PerfOptions(mode,
                    Double.parseDouble(given.getOrDefault("--rate", defaultRate(mode))),
                    Duration.parse(given.getOrDefault("--duration", profile ? "PT30S" : "PT60S")),
                    Duration.parse(given.getOrDefault("--step-duration", "PT30S")),
                    Arrays.stream(given.getOrDefault("--rates", "2,5,10,20,30,40,80,160").split(","))
                            .map(Double::parseDouble).toList(),
                    Duration.parse(given.getOrDefault("--warm-up", "PT60S")),
                    Double.parseDouble(given.getOrDefault("--warm-up-rate", "10")),
                    given.containsKey("--all-steps"),
                    new ChainSize(Integer.parseInt(given.getOrDefault("--locations", "200")),
                            Double.parseDouble(given.getOrDefault("--years", "1"))));
        }

        private static String defaultRate(String mode) {
            return switch (mode) {
                case "profile" -> "20";
                case "volume" -> "5";
                default -> "10";
            };
        }

        PerfOptions withMode(String other) {
            return new PerfOptions(other, rate, duration, stepDuration, rates, warmUp, warmUpRate, allSteps, size);
        }
    }
}
