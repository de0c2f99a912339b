package io.clinicflow.messaging;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread on which a lifecycle bean of ours (the outbox relay, the housekeeping) runs its rounds:
 * rounds still waiting when it shuts down never run, and stopping it waits for the running one, boundedly.
 */
final class DaemonThread {

    private DaemonThread() {
    }

    static ScheduledThreadPoolExecutor named(String name) {
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name(name).factory());
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setRemoveOnCancelPolicy(true);
        return thread;
    }

    /**
     * Lets the running round and those already submitted finish, for at most 10 s: with the broker or the database
     * already gone, the thread is abandoned (a daemon, it does not hold the JVM).
     */
    static void stop(ScheduledThreadPoolExecutor thread) {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
