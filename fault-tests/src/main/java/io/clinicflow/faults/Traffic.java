package io.clinicflow.faults;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop arrivals: client i arrives at start + i / rate whatever happened to the clients before (a system that is
 * down does not slow the arrivals), each on its own virtual thread. Arrivals go on for at least {@code minimum} and
 * until the fault script is done plus {@code after}, at most {@code longest}; then the suite waits for every journey to end.
 */
final class Traffic {

    /** A client waits this long after arriving, and at least {@link #AFTER_FAULT} after the fault is over. */
    private static final Duration JOURNEY_DEADLINE = Duration.ofMinutes(4);
    private static final Duration AFTER_FAULT = Duration.ofMinutes(3);

    private final ClinicSystem system;
    private final Slots slots;
    private final double ratePerSecond;
    private final Duration longest;

    Traffic(ClinicSystem system, Slots slots, double ratePerSecond, Duration longest) {
        this.system = system;
        this.slots = slots;
        this.ratePerSecond = ratePerSecond;
        this.longest = longest;
    }

    /** The most clients one scenario can have: the slots to prepare. */
    int mostClients() {
        return (int) Math.ceil(ratePerSecond * longest.toSeconds()) + 1;
    }

    List<ClientJourney> run(Duration minimum, CompletableFuture<?> fault, Duration after) throws InterruptedException {
        List<ClientJourney> journeys = new CopyOnWriteArrayList<>();
        AtomicLong faultOverAt = new AtomicLong(Long.MAX_VALUE - AFTER_FAULT.toNanos());
        fault.whenComplete((result, failure) -> faultOverAt.set(System.nanoTime()));
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            long stopAfter = Long.MAX_VALUE;
            for (int i = 0; (System.nanoTime() < stopAfter || System.nanoTime() - start < minimum.toNanos())
                    && System.nanoTime() - start < longest.toNanos(); i++) {
                LockSupport.parkNanos(start + (long) (i * 1e9 / ratePerSecond) - System.nanoTime());
                long arrivalDeadline = System.nanoTime() + JOURNEY_DEADLINE.toNanos();
                ClientJourney journey = new ClientJourney(system.booking().api(), system.session().api(), slots.take(),
                        () -> Math.max(arrivalDeadline, faultOverAt.get() + AFTER_FAULT.toNanos()));
                journeys.add(journey);
                clients.submit(journey::run);
                if (fault.isDone() && stopAfter == Long.MAX_VALUE) {
                    stopAfter = System.nanoTime() + after.toNanos();
                }
            }
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.HOURS);
        }
        return journeys;
    }
}
