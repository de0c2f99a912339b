package io.clinicflow.faults;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling: the suite waits for processes and drains, never for a fixed time where a condition exists. */
final class Waiting {

    private static final long POLL_MILLIS = 250;

    private Waiting() {
    }

    static void until(String what, Duration within, BooleanSupplier condition) {
        if (!within(within, condition)) {
            throw new IllegalStateException("Gave up waiting for " + what + " after " + within);
        }
    }

    /** True once the condition holds, false when {@code within} passed first. */
    static boolean within(Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(Duration.ofMillis(POLL_MILLIS));
        }
        return true;
    }

    /** A deliberate pause: the fault scripts' "wait 10 s, then restart". */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
