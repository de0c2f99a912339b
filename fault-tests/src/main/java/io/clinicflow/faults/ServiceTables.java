package io.clinicflow.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the checker reads from the three service databases: outboxes, inboxes and the tables of effects. */
final class ServiceTables {

    /** One outbox row: an event a service committed, and whether its relay marked it published. */
    record OutboxRow(String database, long id, String eventId, String topic, String type, boolean published) {
    }

    private final Database database;

    ServiceTables(Database database) {
        this.database = database;
    }

    /** The outbox rows written between two snapshots, by event id. */
    Map<String, OutboxRow> outboxBetween(Snapshot before, Snapshot after) throws SQLException {
        Map<String, OutboxRow> rows = new LinkedHashMap<>();
        for (String name : Database.NAMES) {
            try (Connection connection = database.connect(name);
                 PreparedStatement query = connection.prepareStatement("""
                         select id, event_id::text, topic, event_type, published_at is not null from outbox_event
                         where id > ? and id <= ? order by id""")) {
                query.setLong(1, before.lastOutboxId().get(name));
                query.setLong(2, after.lastOutboxId().get(name));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(2), new OutboxRow(name, rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getBoolean(5)));
                    }
                }
            }
        }
        return rows;
    }

    /** {@code consumer/eventId} of the given events that the database's inboxes recorded. */
    Set<String> inbox(String name, Collection<String> eventIds) throws SQLException {
        Set<String> handled = new HashSet<>();
        try (Connection connection = database.connect(name);
             PreparedStatement query = connection.prepareStatement(
                     "select consumer, event_id::text from inbox_event where event_id = any(?::uuid[])")) {
            query.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    handled.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
        }
        return handled;
    }

    /** Second screenings of one booking, second bookings of one client, second ledger rows of one message. */
    int duplicatedRows(List<ClientJourney> journeys, List<String> findings) throws SQLException {
        List<String> clients = journeys.stream().map(ClientJourney::clientId).filter(id -> id != null).toList();
        List<String> bookings = journeys.stream().map(ClientJourney::bookingId).filter(id -> id != null).toList();
        int duplicated = repeated("booking", "select client_id from booking where client_id = any(?::uuid[]) "
                + "group by client_id having count(*) > 1", clients)
                + repeated("session", "select booking_id from screening where booking_id = any(?::uuid[]) "
                + "group by booking_id having count(*) > 1", bookings)
                + repeated("aftercare", "select session_id from aftercare_plan where session_id = any(?::uuid[]) "
                + "group by session_id having count(*) > 1", bookings)
                + repeated("aftercare", "select session_id from aftercare_message where session_id = any(?::uuid[]) "
                + "group by session_id, step, channel having count(*) > 1", bookings);
        if (duplicated > 0) {
            findings.add(duplicated + " duplicated rows in the service databases");
        }
        return duplicated;
    }

    private int repeated(String name, String sql, List<String> ids) throws SQLException {
        try (Connection connection = database.connect(name);
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            int count = 0;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    count++;
                }
            }
            return count;
        }
    }
}
