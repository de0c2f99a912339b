package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Committed transactions of the three service databases, as PostgreSQL counts them (pg_stat_database). */
final class DbCommits {

    private final String url;

    DbCommits(ClinicInfrastructure infrastructure) {
        this.url = infrastructure.jdbcUrl("postgres");
    }

    long total() {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            // The statistics snapshot is per transaction: read fresh counters.
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rows = statement.executeQuery("select sum(xact_commit) from pg_stat_database "
                    + "where datname in ('booking', 'session', 'aftercare')")) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_database", e);
        }
    }
}
