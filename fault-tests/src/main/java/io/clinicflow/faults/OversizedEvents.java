package io.clinicflow.faults;

import io.clinicflow.avro.booking.FollowUpOfferExpired;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issue 23's fault, forced: an event Kafka would never take in booking-service's outbox, for each of the clients who
 * registered last while traffic runs. Written by SQL, as no request can write one any more (ADR 0037): a 300 KiB
 * follow-up offer expiry, past the 256 KiB an event may have, which no service acts on. Each must be parked (in the
 * admin list and in the pipeline health) and hold back its client's later events; then ops fix them, every other one
 * by deleting the row, the rest by correcting and releasing it, and the held events flow (the checker sees to loss,
 * order and every journey's end).
 */
final class OversizedEvents {

    private static final int CLIENTS = 4;
    private static final int OVERSIZED_CHARACTERS = 300 * 1024;
    /** Long enough for the clients to book, so that their later events wait behind the parked ones. */
    private static final Duration HELD = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PARKED = "/api/v1/admin/outbox/parked";
    private static final SingleObjectCodec CODEC = SingleObjectCodec.shipped();

    /**
     * A row forced into the outbox, and the event ops correct it to. {@code visibleAfter} is the newest row once it
     * committed: its client's rows with ids between the two committed while the forced row was still being written,
     * so the relay saw them first and could not hold them back. Its later events are those after {@code visibleAfter}.
     */
    private record Forced(long id, long visibleAfter, String eventId, String clientId, byte[] corrected) {
    }

    /** The events of a forced row's client written after it. */
    private record LaterEvents(long published, long waiting) {
    }

    private final ClinicSystem system;

    OversizedEvents(ClinicSystem system) {
        this.system = system;
    }

    Scenario.Injected inject() {
        Waiting.pause(Duration.ofSeconds(10));
        try (Connection booking = system.database().connect("booking")) {
            List<Forced> forced = new ArrayList<>();
            for (String client : lastRegistered(booking)) {
                forced.add(force(booking, client));
            }
            Set<String> eventIds = forced.stream().map(Forced::eventId).collect(Collectors.toSet());
            boolean listed = Waiting.within(PATIENCE, () -> parkedEventIds().containsAll(eventIds));
            boolean inHealth = Waiting.within(PATIENCE, () -> parkedInPipelineHealth() >= forced.size());
            Waiting.pause(HELD);
            int parkedAndHolding = 0;
            long heldBack = 0;
            for (Forced row : forced) {
                LaterEvents later = laterEventsOfTheClient(booking, row);
                parkedAndHolding += listed && inHealth && later.published() == 0 ? 1 : 0;
                heldBack += later.waiting();
            }
            List<String> findings = new ArrayList<>(fix(booking, forced));
            findings.addFirst(("%d events forced past the limit: listed as parked %s, in the pipeline health %s; "
                    + "%d later events of their clients held until the fix")
                    .formatted(forced.size(), listed ? "yes" : "NO", inHealth ? "yes" : "NO", heldBack));
            return new Scenario.Injected(Set.of(), forced.size(), parkedAndHolding, findings);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot force events into booking-service's outbox", e);
        }
    }

    private static List<String> lastRegistered(Connection booking) throws SQLException {
        try (PreparedStatement query = booking.prepareStatement("""
                select record_key from outbox_event where event_type = 'ClientRegistered'
                order by id desc limit ?""")) {
            query.setInt(1, CLIENTS);
            List<String> clients = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    clients.add(rs.getString(1));
                }
            }
            return clients;
        }
    }

    private static Forced force(Connection booking, String clientId) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (PreparedStatement insert = booking.prepareStatement("""
                insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload)
                values (?::uuid, ?, ?, 'FollowUpOfferExpired', now(), ?) returning id""")) {
            insert.setString(1, eventId);
            insert.setString(2, Topics.BOOKING_EVENTS);
            insert.setString(3, clientId);
            insert.setBytes(4, offerExpired(eventId, clientId, "x".repeat(OVERSIZED_CHARACTERS)));
            long id;
            try (ResultSet inserted = insert.executeQuery()) {
                inserted.next();
                id = inserted.getLong(1);
            }
            return new Forced(id, newestVisible(booking), eventId, clientId,
                    offerExpired(eventId, clientId, UUID.randomUUID().toString()));
        }
    }

    private static long newestVisible(Connection booking) throws SQLException {
        try (PreparedStatement query = booking.prepareStatement("select max(id) from outbox_event");
             ResultSet newest = query.executeQuery()) {
            newest.next();
            return newest.getLong(1);
        }
    }

    private static byte[] offerExpired(String eventId, String clientId, String offerId) {
        EventMetadata meta = EventMetadata.newBuilder().setEventId(eventId).setEventType("FollowUpOfferExpired")
                .setOccurredAt(Instant.now()).setProducer("booking-service")
                .setCorrelationId(UUID.randomUUID().toString()).setLocationId(UUID.randomUUID().toString()).setClientId(clientId).build();
        return CODEC.encode(new FollowUpOfferExpired(meta, offerId, UUID.randomUUID().toString()));
    }

    private Set<String> parkedEventIds() {
        try {
            return system.booking().api().get(PARKED).body().valueStream().map(row -> row.path("eventId").asString())
                    .collect(Collectors.toSet());
        } catch (IOException notAnswering) {
            return Set.of();
        }
    }

    private long parkedInPipelineHealth() {
        try {
            JsonNode pipeline = system.booking().api().get("/actuator/health/pipeline").body();
            return "DOWN".equals(pipeline.path("status").asString())
                    ? pipeline.path("components").path("outbox").path("details").path("parked").asLong() : 0;
        } catch (IOException notAnswering) {
            return 0;
        }
    }

    private static LaterEvents laterEventsOfTheClient(Connection booking, Forced row) throws SQLException {
        try (PreparedStatement query = booking.prepareStatement("""
                select count(*) filter (where published_at is not null), count(*) filter (where published_at is null)
                from outbox_event where record_key = ? and id > ?""")) {
            query.setString(1, row.clientId());
            query.setLong(2, row.visibleAfter());
            try (ResultSet counts = query.executeQuery()) {
                counts.next();
                return new LaterEvents(counts.getLong(1), counts.getLong(2));
            }
        }
    }

    /** Ops' two fixes: delete the event, or correct it and release it. Returns what went wrong, if anything. */
    private List<String> fix(Connection booking, List<Forced> forced) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < forced.size(); i++) {
            Forced row = forced.get(i);
            boolean delete = i % 2 == 0;
            try (PreparedStatement fix = booking.prepareStatement(delete ? "delete from outbox_event where id = ?"
                    : "update outbox_event set payload = ? where id = ?")) {
                if (!delete) {
                    fix.setBytes(1, row.corrected());
                }
                fix.setLong(delete ? 1 : 2, row.id());
                fix.executeUpdate();
            }
            if (!delete) {
                problems.addAll(release(row));
            }
        }
        return problems;
    }

    private List<String> release(Forced row) {
        try {
            int status = system.booking().api().post(PARKED + "/" + row.eventId() + "/release", Map.of()).status();
            return status == 204 ? List.of() : List.of("release of " + row.eventId() + " answered " + status);
        } catch (IOException e) {
            return List.of("release of " + row.eventId() + " failed: " + e);
        }
    }
}
