package io.clinicflow.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where every outbox and every topic stood at one moment: a scenario is what happened between two snapshots. */
record Snapshot(Map<String, Long> lastOutboxId, TopicWindow topics) {

    static Snapshot of(ClinicSystem system) {
        Map<String, Long> lastOutboxId = new LinkedHashMap<>();
        for (String database : Database.NAMES) {
            try (Connection connection = system.database().connect(database);
                 Statement statement = connection.createStatement();
                 ResultSet last = statement.executeQuery("select coalesce(max(id), 0) from outbox_event")) {
                last.next();
                lastOutboxId.put(database, last.getLong(1));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the outbox of " + database, e);
            }
        }
        return new Snapshot(lastOutboxId, TopicWindow.now(system.broker()));
    }
}
