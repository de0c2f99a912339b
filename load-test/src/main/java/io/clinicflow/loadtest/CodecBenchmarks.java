package io.clinicflow.loadtest;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

/** Runs {@link CodecBenchmark} with short settings (1 fork, 3 × 1 s warm-up, 5 × 1 s measured, one thread). */
final class CodecBenchmarks {

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
    }
}
