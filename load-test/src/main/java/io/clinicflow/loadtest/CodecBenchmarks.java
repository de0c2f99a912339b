package io.clinicflow.loadtest;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs {@link CodecBenchmark} with short settings (1 fork, 3 × 1 s warm-up, 5 × 1 s measured, one thread), then the
 * same operations against this thread's CPU time: on a machine shared with other builds JMH's wall-clock score
 * counts the time the thread waited for a core, CPU time does not.
 */
final class CodecBenchmarks {

    private static final int WARM_UP_OPERATIONS = 1_000_000;
    private static final int MEASURED_OPERATIONS = 2_000_000;
    private static volatile Object sink;

    private CodecBenchmarks() {
    }

    static void run() throws RunnerException {
        Options options = new OptionsBuilder().include(CodecBenchmark.class.getName())
                .forks(1).threads(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.SECONDS).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%nAvro single-object codec (one thread = one core; JMH 1 fork, 3x1 s warm-up, 5x1 s)%n");
        System.out.printf("%-28s %16s %12s%n", "benchmark", "events/s/core", "± (99.9%)");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            System.out.printf("%-28s %,16.0f %,12.0f%n", name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
        }
        perCpuSecond();
    }

    static void perCpuSecond() {
        CodecBenchmark benchmark = new CodecBenchmark();
        benchmark.realisticEvents();
        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("decodeScreeningCompleted", benchmark::decodeScreeningCompleted);
        operations.put("decodeSessionBooked", benchmark::decodeSessionBooked);
        operations.put("encodeScreeningCompleted", benchmark::encodeScreeningCompleted);
        operations.put("encodeSessionBooked", benchmark::encodeSessionBooked);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%nThe same, per second of this thread's CPU time (%,d warm-up, %,d measured operations)%n",
                WARM_UP_OPERATIONS, MEASURED_OPERATIONS);
        operations.forEach((name, operation) -> {
            repeat(operation, WARM_UP_OPERATIONS);
            long before = threads.getCurrentThreadCpuTime();
            repeat(operation, MEASURED_OPERATIONS);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - before) / 1e9;
            System.out.printf("%-28s %,16.0f%n", name, MEASURED_OPERATIONS / cpuSeconds);
        });
    }

    private static void repeat(Supplier<Object> operation, int times) {
        for (int i = 0; i < times; i++) {
            sink = operation.get();
        }
    }
}
