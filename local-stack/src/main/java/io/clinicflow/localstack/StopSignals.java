package io.clinicflow.localstack;

import sun.misc.Signal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C, SIGTERM and a closed terminal stop the local stack in order before the JVM begins to exit. Left to the
 * JVM, they would run every shutdown hook at once: zonky's stops PostgreSQL and Kafka's test kit deletes the
 * broker's log directory while the services still use both (ADR 0050).
 */
final class StopSignals {

    private static final List<String> STOPPING = List.of("INT", "TERM", "HUP");

    private StopSignals() {
    }

    /** Runs {@code stop} once on the first of these signals, then exits; later ones find it already stopping. */
    static void handle(Runnable stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : STOPPING) {
            Signal.handle(new Signal(name), signal -> {
                if (stopping.compareAndSet(false, true)) {
                    Thread.ofPlatform().name("local-stack-stop").daemon(false).start(() -> {
                        stop.run();
                        System.exit(0);
                    });
                }
            });
        }
    }
}
