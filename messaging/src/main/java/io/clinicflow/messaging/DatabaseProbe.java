package io.clinicflow.messaging;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Is the database reachable? Asked on a connection of its own, outside the service's pool: a pool whose connections
 * are all busy with requests is not an outage (and would make a pool-based probe wait its 30 s). A probe that takes
 * longer than {@code timeout} (a hung network, a database that does not answer) counts as unreachable.
 */
final class DatabaseProbe implements BooleanSupplier {

    private final DataSource unpooled;
    private final Duration timeout;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("database-probe").factory());
    private Future<Boolean> running;
    private Connection connection;

    DatabaseProbe(DataSource unpooled, Duration timeout) {
        this.unpooled = unpooled;
        this.timeout = timeout;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        if (running == null || running.isDone()) {
            running = prober.submit(this::reachable);
        }
        try {
            return Boolean.TRUE.equals(running.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception unreachable) {
            return false;
        }
    }

    private boolean reachable() throws SQLException {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        if (connection == null || !connection.isValid(seconds)) {
            closeQuietly();
            connection = unpooled.getConnection();
        }
        return connection.isValid(seconds);
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                // a connection to a database that went away: nothing to release
            }
            connection = null;
        }
    }
}
