package io.clinicflow.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * bin/perf: {@code jmh} (codec benchmarks), {@code load --rate N --duration PT60S} (one open-loop run),
 * {@code step [--step-duration PT30S] [--rates 5,10,20,...]} (max sustainable rate and the latency plot), or
 * {@code all} (jmh, then step). Load and step end with the Kafka and pgbench baselines and the ratios.
 */
public final class Perf {

    static final Path PLOT = Path.of("load-test/target/latency-vs-load.png");
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final double WARM_UP_RATE = 5;
    private static final int PRODUCER_PERF_RECORDS = 200_000;
    private static final int PGBENCH_CLIENTS = 4;
    private static final int PGBENCH_SECONDS = 15;

    private Perf() {
    }

    public static void main(String[] args) throws Exception {
        PerfOptions options = PerfOptions.parse(args);
        long started = System.nanoTime();
        switch (options.mode()) {
            case "jmh" -> CodecBenchmarks.run();
            case "load", "step" -> measurePipeline(options);
            case "all" -> {
                CodecBenchmarks.run();
                measurePipeline(options.withMode("step"));
            }
            default -> throw new IllegalArgumentException("Unknown mode " + options.mode() + ": jmh, load, step or all");
        }
        System.out.printf("%nbin/perf %s took %.0f s%n", options.mode(), (System.nanoTime() - started) / 1e9);
        System.exit(0);
    }

    private static void measurePipeline(PerfOptions options) throws Exception {
        Report report = new Report(System.out);
        try (PerfSystem system = PerfSystem.start()) {
            Chain chain = new Chain(system.booking(), system.infrastructure().clock().instant());
            System.out.printf("System up; locations in %s (local time %s)%n", chain.zone(),
                    system.infrastructure().clock().instant().atZone(chain.zone()).toLocalTime().withNano(0));
            LoadRun load = new LoadRun(system, chain);
            try (EventTap tap = new EventTap(system.infrastructure().bootstrapServers(), new Measurements(), load::confirmed)) {
                load.run(WARM_UP_RATE, WARM_UP, tap, new Measurements());
                RunResult pipeline = options.mode().equals("load")
                        ? loadOnce(load, tap, options, report) : stepUp(load, tap, options, report);
                double producerPerf = KafkaBaseline.recordsPerSecond(system.infrastructure().bootstrapServers(), PRODUCER_PERF_RECORDS);
                double pgbench = PgBaseline.tps(system.infrastructure(), PGBENCH_CLIENTS, PGBENCH_SECONDS);
                report.ratios(pipeline, producerPerf, pgbench);
            } finally {
                load.stop();
            }
        }
    }

    private static RunResult loadOnce(LoadRun load, EventTap tap, PerfOptions options, Report report) throws InterruptedException {
        RunResult result = load.run(options.rate(), options.duration(), tap, new Measurements());
        report.run(result);
        return result;
    }

    /** The ratios are taken at the highest sustainable step (or the first step, when none was). */
    private static RunResult stepUp(LoadRun load, EventTap tap, PerfOptions options, Report report) throws Exception {
        Stepper.Outcome outcome = Stepper.search(load, tap, options.rates(), options.stepDuration(), report);
        report.steps(outcome.steps(), outcome.maxSustainable());
        System.out.println("plot: " + LatencyPlot.write(outcome.steps(), PLOT).toAbsolutePath());
        return outcome.steps().stream().filter(RunResult::sustainable).reduce((a, b) -> b)
                .orElse(outcome.steps().getFirst());
    }

    /** The command line of bin/perf. */
    record PerfOptions(String mode, double rate, Duration duration, Duration stepDuration, List<Double> rates) {

        static PerfOptions parse(String[] args) {
            PerfOptions options = new PerfOptions(args.length == 0 ? "all" : args[0], 10, Duration.ofSeconds(60),
                    Duration.ofSeconds(30), List.of(2.0, 5.0, 10.0, 20.0, 40.0, 80.0, 160.0));
            for (int i = 1; i + 1 < args.length; i += 2) {
                options = options.with(args[i], args[i + 1]);
            }
            return options;
        }

        PerfOptions withMode(String other) {
            return new PerfOptions(other, rate, duration, stepDuration, rates);
        }

        private PerfOptions with(String option, String value) {
            return switch (option) {
                case "--rate" -> new PerfOptions(mode, Double.parseDouble(value), duration, stepDuration, rates);
                case "--duration" -> new PerfOptions(mode, rate, Duration.parse(value), stepDuration, rates);
                case "--step-duration" -> new PerfOptions(mode, rate, duration, Duration.parse(value), rates);
                case "--rates" -> new PerfOptions(mode, rate, duration, stepDuration,
                        Arrays.stream(value.split(",")).map(Double::parseDouble).toList());
                default -> throw new IllegalArgumentException("Unknown option " + option);
            };
        }
    }
}
