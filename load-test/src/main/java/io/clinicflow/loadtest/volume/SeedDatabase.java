package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * One database being seeded, as its superuser (the services are stopped): each table filled by one {@code COPY} in a
 * transaction of its own, with the indexes and constraints production has, so a row that breaks one fails the seed.
 */
final class SeedDatabase implements AutoCloseable {

    /** Writes a table's rows; called once, inside the table's copy. */
    interface TableRows {
        void write(CopyRows rows);
    }

    private final String name;
    private final Connection connection;
    private final Map<String, Long> items;

    private SeedDatabase(String name, Connection connection, Map<String, Long> items) {
        this.name = name;
        this.connection = connection;
        this.items = items;
    }

    /** {@code items} collects "database.table" → rows written. */
    static SeedDatabase open(ClinicInfrastructure infrastructure, String database, Map<String, Long> items)
            throws SQLException {
        Connection connection = infrastructure.connect(database);
        try (Statement settings = connection.createStatement()) {
            // a seed that dies is run again from scratch: no need to wait for each commit's WAL flush
            settings.execute("set synchronous_commit = off");
        }
        connection.setAutoCommit(false);
        return new SeedDatabase(database, connection, items);
    }

    void copy(String table, String columns, TableRows rows) throws SQLException {
        long started = System.nanoTime();
        long written;
        try (CopyRows copy = CopyRows.into(connection, table, columns)) {
            rows.write(copy);
            written = copy.finish();
        }
        connection.commit();
        items.merge(name + "." + table, written, Long::sum);
        System.out.printf("  %-36s %,12d rows %8.1f s%n", name + "." + table, written,
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    /** Runs a statement in its own transaction (moving rows a copy staged, for one). */
    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        connection.commit();
    }

    /** Fresh planner statistics, as autovacuum would have gathered them over the year; the database's size after. */
    long analyzedSize() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
            try (ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
                size.next();
                return size.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
