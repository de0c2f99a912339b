package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Committed transactions of the three service databases, as PostgreSQL counts them (pg_stat_database). */
final class DbCommits {

    private final ClinicInfrastructure infrastructure;

    DbCommits(ClinicInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    long total() {
        try (Connection connection = infrastructure.connect("postgres");
             Statement clear = connection.createStatement();
             PreparedStatement commits = connection.prepareStatement(
                     "select sum(xact_commit) from pg_stat_database where datname = any(?)")) {
            // The statistics snapshot is per transaction: read fresh counters.
            clear.execute("select pg_stat_clear_snapshot()");
            commits.setArray(1, connection.createArrayOf("text", ClinicInfrastructure.DATABASES.toArray()));
            try (ResultSet rows = commits.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_database", e);
        }
    }
}
