package io.clinicflow.faults;

import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.faults.ServiceTables.OutboxRow;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every topic, every service database and the mail store after a scenario (between two snapshots) and counts
 * what the guarantees of DESIGN §8 forbid: lost events, duplicated effects, per-client disorder, a client message
 * sent twice, and dead letters that are not the injected poison.
 */
final class Checker {

    private record Handler(String database, String consumer) {
    }

    /** Which inbox must hold each event type this journey produces (the consumers that act on it). */
    private static final Map<String, List<Handler>> HANDLERS = Map.of(
            "ClientRegistered", List.of(new Handler("session", "session-clients"),
                    new Handler("aftercare", "aftercare-clients")),
            "SessionBooked", List.of(new Handler("session", "session-screening")),
            "BookingConfirmed", List.of(new Handler("session", "session-bookings")),
            "ScreeningCompleted", List.of(new Handler("booking", "booking-on-session-events")),
            "SessionStarted", List.of(new Handler("booking", "booking-on-session-events")),
            "SessionCompleted", List.of(new Handler("booking", "booking-on-session-events"),
                    new Handler("aftercare", "aftercare-plans")));

    /** Facts that happen once per booking, session, client or (session, step, channel) in this journey. */
    private static final Set<String> ONCE_PER_SUBJECT = Set.of("ClientRegistered", "SessionBooked",
            "ScreeningCompleted", "BookingConfirmed", "SessionStarted", "SessionCompleted", "AftercarePlanStarted",
            "AftercareMessageSent");

    private final ClinicSystem system;
    private final ServiceTables tables;
    private final SingleObjectCodec codec = SingleObjectCodec.shipped();

    Checker(ClinicSystem system) {
        this.system = system;
        this.tables = new ServiceTables(system.database());
    }

    ScenarioResult check(String scenario, Snapshot before, Snapshot after, List<ClientJourney> journeys,
                         Scenario.Injected injected, Set<String> allPoison) throws SQLException {
        List<String> findings = new ArrayList<>(injected.findings());
        Set<String> poisonOfScenario = injected.poisonKeys();
        Map<String, OutboxRow> outbox = tables.outboxBetween(before, after);
        Map<String, List<TopicWindow.RawRecord>> records = new LinkedHashMap<>();
        // the event topics, and any other topic the outboxes wrote to (a projection for outside readers)
        Stream.concat(Topics.EVENT_TOPICS.stream(), outbox.values().stream().map(OutboxRow::topic)).distinct().forEach(
                topic -> records.put(topic, before.topics().recordsUntil(after.topics(), topic, system.broker())));
        Map<String, SpecificRecord> received = new LinkedHashMap<>();
        records.values().stream().flatMap(List::stream).filter(r -> !allPoison.contains(r.key()))
                .forEach(r -> decoded(r).ifPresentOrElse(event -> received.putIfAbsent(eventId(event), event),
                        () -> findings.add("unreadable record that is not injected poison: " + r.topic() + "@" + r.offset())));
        int lost = lost(outbox, received, journeys, findings);
        int duplicated = duplicatedOnTopics(received.values(), findings) + tables.duplicatedRows(journeys, findings);
        int outOfOrder = outOfOrderClients(records, outbox, allPoison);
        Mails mails = Mails.of(system.mail(), journeys);
        List<TopicWindow.RawRecord> deadLetters = Topics.EVENT_TOPICS.stream().map(Topics::deadLetterOf)
                .flatMap(dlt -> before.topics().recordsUntil(after.topics(), dlt, system.broker()).stream()).toList();
        Set<String> deadLetterKeys = deadLetters.stream().map(TopicWindow.RawRecord::key).collect(Collectors.toSet());
        if (mails.sentTwice() > 0) {
            findings.add(mails.sentTwice() + " (client, step) pairs got emails with different Message-IDs");
        }
        int republished = (int) records.values().stream().flatMap(List::stream)
                .filter(r -> !allPoison.contains(r.key())).count() - received.size();
        return new ScenarioResult(scenario, journeys.size(), (int) journeys.stream().filter(ClientJourney::completed).count(),
                outbox.size(), received.size(), republished, lost, duplicated, outOfOrder, mails.sentTwice(), mails.resentWithSameId(),
                deadLetters.size(), poisonOfScenario.size(),
                (int) poisonOfScenario.stream().filter(key -> !deadLetterKeys.contains(key)).count(),
                (int) deadLetters.stream().filter(r -> !allPoison.contains(r.key())).count(), injected.parkedRows(),
                injected.forcedRows(), findings);
    }

    /** Outbox rows never published, published events an acting consumer never recorded, journeys without DAY0. */
    private int lost(Map<String, OutboxRow> outbox, Map<String, SpecificRecord> received, List<ClientJourney> journeys,
                     List<String> findings) throws SQLException {
        int notOnTopic = (int) outbox.values().stream().filter(row -> !row.published() || !received.containsKey(row.eventId())).count();
        int notHandled = 0;
        for (String database : Database.NAMES) {
            Set<String> handled = tables.inbox(database, outbox.keySet());
            for (OutboxRow row : outbox.values()) {
                for (Handler handler : HANDLERS.getOrDefault(row.type(), List.of())) {
                    if (handler.database().equals(database) && !handled.contains(handler.consumer() + "/" + row.eventId())) {
                        notHandled++;
                    }
                }
            }
        }
        Set<String> mailed = Mails.recipients(system.mail());
        int withoutDay0 = (int) journeys.stream().filter(j -> !j.completed() || !mailed.contains(j.email())).count();
        journeys.stream().filter(j -> j.failure() != null).limit(3)
                .forEach(j -> findings.add("journey of " + j.clientId() + " failed: " + j.failure()));
        if (notOnTopic + notHandled + withoutDay0 > 0) {
            findings.add("lost: %d events not on their topic, %d not handled by a consumer, %d journeys without DAY0 email"
                    .formatted(notOnTopic, notHandled, withoutDay0));
        }
        return notOnTopic + notHandled + withoutDay0;
    }

    /** Two different events stating the same once-only fact (two confirmations of one booking...). */
    private static int duplicatedOnTopics(Collection<SpecificRecord> events, List<String> findings) {
        Map<String, Long> perSubject = events.stream().filter(e -> ONCE_PER_SUBJECT.contains(e.getSchema().getName()))
                .collect(Collectors.groupingBy(Checker::subject, Collectors.counting()));
        List<String> twice = perSubject.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        twice.stream().limit(3).forEach(subject -> findings.add("stated twice: " + subject));
        return twice.size();
    }

    private static String subject(SpecificRecord event) {
        return Stream.of("bookingId", "sessionId", "step", "channel")
                .map(field -> field(event, field)).filter(value -> value != null)
                .collect(Collectors.joining("/", event.getSchema().getName() + ":" + EventCatalog.metaOf(event).getClientId() + "/", ""));
    }

    private static String field(SpecificRecord event, String name) {
        Schema.Field field = event.getSchema().getField(name);
        Object value = field == null ? null : event.get(field.pos());
        return value == null ? null : value.toString();
    }

    /** Clients whose events on a topic are not in the order their producer's outbox wrote them (repeats ignored). */
    private int outOfOrderClients(Map<String, List<TopicWindow.RawRecord>> records, Map<String, OutboxRow> outbox,
                                  Set<String> poison) {
        Map<String, Long> lastIdOfClient = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> disordered = new HashSet<>();
        records.forEach((topic, onTopic) -> onTopic.stream().filter(r -> !poison.contains(r.key())).forEach(r -> {
            decoded(r).map(Checker::eventId).filter(seen::add).map(outbox::get).filter(row -> row != null).ifPresent(row -> {
                long highest = lastIdOfClient.merge(topic + "/" + r.key(), row.id(), Math::max);
                if (highest != row.id()) {
                    disordered.add(topic + "/" + r.key());
                }
            });
        }));
        return disordered.size();
    }

    private Optional<SpecificRecord> decoded(TopicWindow.RawRecord record) {
        try {
            return Optional.of(codec.decode(record.value()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String eventId(SpecificRecord event) {
        return EventCatalog.metaOf(event).getEventId();
    }
}
