package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * How the services' tables were read during a run (pg_stat_user_tables): rows read by sequential scans grow with the
 * table when an index is missing, which turns into PostgreSQL CPU per journey that rises as a run goes on.
 */
final class TableReads {

    private static final String[] COUNTERS = {"seq_scan", "seq_tup_read", "idx_scan", "idx_tup_fetch", "n_tup_ins",
            "n_tup_upd", "n_tup_del"};
    private static final int TOP = 25;

    private final ClinicInfrastructure infrastructure;
    private final Map<String, long[]> before;

    private TableReads(ClinicInfrastructure infrastructure, Map<String, long[]> before) {
        this.infrastructure = infrastructure;
        this.before = before;
    }

    static TableReads start(ClinicInfrastructure infrastructure) {
        return new TableReads(infrastructure, counters(infrastructure));
    }

    /** Prints the busiest tables since {@link #start} (scans plus row changes), each counter per journey. */
    void print(PrintStream out, long journeys) {
        Map<String, long[]> after = counters(infrastructure);
        out.printf("%n  table reads per journey (pg_stat_user_tables), busiest first (scans + row changes)%n");
        out.printf("  %-40s %8s %10s %8s %10s %8s %8s %8s%n", "database.table", "seq scan", "seq rows", "idx scan",
                "idx rows", "inserts", "updates", "deletes");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), delta(e.getValue(), before.get(e.getKey()))))
                .sorted((a, b) -> Long.compare(activity(b.getValue()), activity(a.getValue())))
                .limit(TOP)
                .forEach(e -> {
                    out.printf("  %-40s", e.getKey());
                    for (long counter : e.getValue()) {
                        out.printf(" %8.1f", counter / (double) Math.max(journeys, 1));
                    }
                    out.println();
                });
    }

    private static long activity(long[] counters) {
        return counters[0] + counters[2] + counters[4] + counters[5] + counters[6];
    }

    private static long[] delta(long[] after, long[] before) {
        long[] delta = after.clone();
        for (int i = 0; before != null && i < delta.length; i++) {
            delta[i] -= before[i];
        }
        return delta;
    }

    private static Map<String, long[]> counters(ClinicInfrastructure infrastructure) {
        Map<String, long[]> tables = new HashMap<>();
        for (String database : ClinicInfrastructure.databasesWithKeyStore()) {
            try (Connection connection = infrastructure.connect(database);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select schemaname || '.' || relname, "
                         + String.join(", ", COUNTERS) + " from pg_stat_user_tables")) {
                while (rows.next()) {
                    long[] values = new long[COUNTERS.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rows.getLong(i + 2);
                    }
                    tables.put(database + ":" + rows.getString(1), values);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read pg_stat_user_tables of " + database, e);
            }
        }
        return tables;
    }
}
