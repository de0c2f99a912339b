package io.clinicflow.messaging;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumersPauseWhileDatabaseDownTests {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final ListenerContainer screening = new ListenerContainer();
    private final ListenerContainer plans = new ListenerContainer();
    private final ConsumersPauseWhileDatabaseDown watch = new ConsumersPauseWhileDatabaseDown(databaseUp::get,
            () -> List.of(screening, plans), Duration.ofSeconds(1));

    @Test
    void pausesEveryContainerWhileTheDatabaseIsDownAndResumesThemWhenItReturns() {
        databaseUp.set(false);
        watch.check();
        boolean pausedWhileDown = screening.pauseRequested && plans.pauseRequested;
        watch.check();
        databaseUp.set(true);
        watch.check();

        assertThat(pausedWhileDown).isTrue();
        assertThat(screening.pauseRequested).isFalse();
        assertThat(plans.pauseRequested).isFalse();
    }

    @Test
    void leavesAContainerSomeoneElsePausedPaused() {
        plans.pause();
        databaseUp.set(false);
        watch.check();
        databaseUp.set(true);
        watch.check();

        assertThat(plans.pauseRequested).isTrue();
        assertThat(screening.pauseRequested).isFalse();
    }

    @Test
    void probeGivesUpOnADatabaseThatDoesNotAnswer() {
        CountDownLatch never = new CountDownLatch(1);
        BooleanSupplier probe = new DatabaseProbe(new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new SQLException("connect timed out");
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        }, Duration.ofMillis(300));
        long started = System.nanoTime();

        boolean reachable = probe.getAsBoolean();

        assertThat(reachable).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        never.countDown();
    }

    @Test
    void readinessIsDownWhileTheProbeFails() {
        databaseUp.set(false);

        assertThat(new DatabaseReadiness(databaseUp::get).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(new DatabaseReadiness(() -> true).health().getStatus()).isEqualTo(Status.UP);
    }

    /** A running container that remembers whether a pause is requested, as Spring Kafka's containers do. */
    private static final class ListenerContainer implements MessageListenerContainer {

        private volatile boolean pauseRequested;

        @Override
        public void pause() {
            pauseRequested = true;
        }

        @Override
        public void resume() {
            pauseRequested = false;
        }

        @Override
        public boolean isPauseRequested() {
            return pauseRequested;
        }

        @Override
        public void setupMessageListener(Object messageListener) {
        }

        @Override
        public Map<String, Map<MetricName, ? extends Metric>> metrics() {
            return Map.of();
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return true;
        }
    }
}
