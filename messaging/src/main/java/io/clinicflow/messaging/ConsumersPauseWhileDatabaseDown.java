package io.clinicflow.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Pauses every listener container while the service's database is unreachable and resumes them when it returns
 * (ADR 0021): the consumers stop fetching records they could not handle, instead of each retrying its record with
 * back-off. A record already in a handler keeps its DeadLetters back-off (retried, never dead-lettered). Only
 * containers this watcher paused are resumed.
 */
public class ConsumersPauseWhileDatabaseDown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumersPauseWhileDatabaseDown.class);

    private final BooleanSupplier databaseReachable;
    private final Supplier<Collection<? extends MessageListenerContainer>> containers;
    private final Duration interval;
    private final Set<MessageListenerContainer> paused = new HashSet<>();
    private ScheduledExecutorService executor;

    public ConsumersPauseWhileDatabaseDown(BooleanSupplier databaseReachable,
                                           Supplier<Collection<? extends MessageListenerContainer>> containers,
                                           Duration interval) {
        this.databaseReachable = databaseReachable;
        this.containers = containers;
        this.interval = interval;
    }

    /** One look at the database: pause on the first failed probe, resume on the first good one. */
    synchronized void check() {
        boolean reachable = databaseReachable.getAsBoolean();
        if (!reachable && paused.isEmpty()) {
            containers.get().stream().filter(c -> c.isRunning() && !c.isPauseRequested()).forEach(container -> {
                container.pause();
                paused.add(container);
            });
            log.warn("Database unreachable: {} listener containers paused", paused.size());
        } else if (reachable && !paused.isEmpty()) {
            paused.forEach(MessageListenerContainer::resume);
            log.info("Database reachable again: {} listener containers resumed", paused.size());
            paused.clear();
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Database watch failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("database-watch").factory());
        executor.scheduleWithFixedDelay(this::checkQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
