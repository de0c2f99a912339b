package io.clinicflow.loadtest;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the services asked PostgreSQL during a run (pg_stat_statements, which the profile's database preloads): the
 * most frequent statements, each with its calls and execution milliseconds per journey. Ordered by calls, not time:
 * the statements are short, and most of PostgreSQL's CPU per journey goes to the round trip, parse and transaction
 * around each one, not to executing it. Utility statements (SET, SHOW) count too.
 */
final class StatementStats {

    private static final int TOP = 30;
    private static final int QUERY_WIDTH = 110;

    private final ClinicInfrastructure infrastructure;

    private StatementStats(ClinicInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    static StatementStats start(ClinicInfrastructure infrastructure) throws SQLException {
        try (Connection connection = infrastructure.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
        return new StatementStats(infrastructure);
    }

    void print(PrintStream out, long journeys) throws SQLException {
        double per = Math.max(journeys, 1);
        try (Connection connection = infrastructure.connect("postgres"); Statement statement = connection.createStatement()) {
            try (ResultSet total = statement.executeQuery("select sum(calls), sum(total_exec_time) from pg_stat_statements")) {
                total.next();
                out.printf("%n  statements per journey (pg_stat_statements): %.1f calls, %.2f ms executing%n",
                        total.getLong(1) / per, total.getDouble(2) / per);
            }
            out.printf("  %8s %8s %9s  %-10s %s%n", "calls", "exec ms", "rows", "database", "statement");
            try (ResultSet rows = statement.executeQuery("""
                    select d.datname, s.calls, s.total_exec_time, s.rows, regexp_replace(s.query, '\\s+', ' ', 'g')
                    from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    order by s.calls desc limit %d""".formatted(TOP))) {
                while (rows.next()) {
                    String query = rows.getString(5);
                    out.printf("  %8.2f %8.3f %9.2f  %-10s %s%n", rows.getLong(2) / per, rows.getDouble(3) / per,
                            rows.getLong(4) / per, rows.getString(1),
                            query.length() <= QUERY_WIDTH ? query : query.substring(0, QUERY_WIDTH) + "…");
                }
            }
        }
    }
}
