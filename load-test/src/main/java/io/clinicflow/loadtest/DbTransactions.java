package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's transaction counters, read from the {@code postgres} database (which the services do not use):
 * commits and rollbacks of the services' databases and the key store (pg_stat_database), and the next transaction id
 * the server will assign, read from a snapshot's xmax so that reading it assigns none (pg_current_xact_id() would).
 */
final class DbTransactions {

    /** One reading of the counters. */
    record Counters(long commits, long rollbacks, long nextTransactionId) {
    }

    private final ClinicInfrastructure infrastructure;

    DbTransactions(ClinicInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    Counters now() {
        try (Connection connection = infrastructure.connect("postgres");
             Statement clear = connection.createStatement();
             PreparedStatement counters = connection.prepareStatement("""
                     select sum(xact_commit), sum(xact_rollback),
                            pg_snapshot_xmax(pg_current_snapshot())::text::bigint
                     from pg_stat_database where datname = any(?)""")) {
            // The statistics snapshot is per transaction: read fresh counters.
            clear.execute("select pg_stat_clear_snapshot()");
            counters.setArray(1, connection.createArrayOf("text",
                    ClinicInfrastructure.databasesWithKeyStore().toArray()));
            try (ResultSet row = counters.executeQuery()) {
                row.next();
                return new Counters(row.getLong(1), row.getLong(2), row.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_database", e);
        }
    }
}
