package io.clinicflow.e2e.edge;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Row counts of a service's tables, read over JDBC from the shared PostgreSQL: a refused request must leave them as
 * they were. One open connection per database, so a count costs a round trip, not a login.
 */
final class StoredRows implements AutoCloseable {

    private final Map<Service, Connection> connections = new LinkedHashMap<>();
    private final Map<Service, String> counts = new LinkedHashMap<>();

    StoredRows(ClinicInfrastructure infrastructure, Map<Service, List<String>> tables) throws SQLException {
        for (var service : tables.entrySet()) {
            connections.put(service.getKey(), infrastructure.connect(service.getKey().database));
            counts.put(service.getKey(), service.getValue().stream()
                    .map(table -> "select '" + table + "', count(*) from " + table)
                    .collect(Collectors.joining(" union all ")));
        }
    }

    /** The row count of each table of the service. */
    Map<String, Long> of(Service service) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement statement = connections.get(service).createStatement();
             ResultSet result = statement.executeQuery(counts.get(service))) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of " + service, e);
        }
    }

    /** The tables that have more rows now than before, with how many more. */
    static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((table, rows) -> {
            long more = rows - before.getOrDefault(table, 0L);
            if (more > 0) {
                grown.put(table, more);
            }
        });
        return grown;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }
}
