package io.clinicflow.e2e;

import io.clinicflow.avro.aftercare.AftercarePlanStarted;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.events.codec.UnreadableEventException;
import io.clinicflow.privacy.PersonalDataSeal;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.Clinic.Site;
import io.clinicflow.testkit.Clinic.Slot;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.clinicflow.events.Topics.AFTERCARE_EVENTS;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static io.clinicflow.events.Topics.SESSION_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The right to erasure (ADR 0030): after DELETE /clients/{id}, no personal data of the client is readable in any
 * service database or the key store, nor decryptable from any topic.
 */
class ErasureJourneyTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Column types a client's words or details could rest in, each read as text. */
    private static final Map<String, String> AS_TEXT = Map.of("text", "%s", "character varying", "%s",
            "jsonb", "%s::text", "ARRAY", "%s::text", "date", "%s::text", "bytea", "encode(%s, 'escape')");

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final Clinic clinic = stack.clinic;
    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String firstName = "Wilhelmina" + marker;
    private final String lastName = "Quillfeather" + marker;
    private final String email = "wq." + marker + "@erasure.example";
    private final String phone = "+44 7700 %06d".formatted(Math.floorMod(marker.hashCode(), 1_000_000));
    private final String dateOfBirth = "1983-07-29";
    private final String lastIsotretinoinDose = "2019-03-17";
    private final String treatmentNotes = "felt sting near jaw " + marker;
    private final String checkInNote = "tight cheek skin " + marker;
    private final String cancellationReason = "moving to Leeds " + marker;
    /** What the client told the clinic, each value found nowhere else. */
    private final List<String> personal = List.of(firstName, lastName, email, phone, dateOfBirth, lastIsotretinoinDose,
            treatmentNotes, checkInNote, cancellationReason);

    @Test
    void afterErasureNoDatabaseHoldsAndNoTopicShowsTheClientsPersonalData() throws Exception {
        String client = clientTreatedAndCheckedIn();
        for (String database : ClinicInfrastructure.DATABASES) {
            assertThat(personalDataIn(database)).as("before erasure, the scan finds the client in %s", database)
                    .isNotEmpty();
        }
        ClientRegistered registration = stack.topics.awaitEvent(BOOKING_EVENTS, ClientRegistered.class,
                event -> event.getMeta().getClientId().equals(client));
        assertThat(infrastructure.personalDataSeal().open(UUID.fromString(client), registration.getPersonalData()))
                .as("before erasure, the registration opens").isPresent();
        BookingCancelled cancellation = stack.topics.awaitEvent(BOOKING_EVENTS, BookingCancelled.class,
                event -> event.getMeta().getClientId().equals(client));
        assertThat(infrastructure.personalDataSeal().openReason(UUID.fromString(client),
                cancellation.getSealedReason())).as("before erasure, the reason opens").contains(cancellationReason);

        assertThat(clinic.eraseClient(client).status()).isEqualTo(204);
        assertThat(clinic.client(client).status()).isEqualTo(410);
        ClientErasureRequested erasure = stack.topics.awaitEvent(BOOKING_EVENTS, ClientErasureRequested.class,
                event -> event.getClientId().equals(client));
        await().atMost(PATIENCE).until(() -> handled("session", "session-erasures", erasure)
                && handled("aftercare", "aftercare-erasures", erasure));

        for (String database : ClinicInfrastructure.databasesWithKeyStore()) {
            assertThat(personalDataIn(database)).as("personal data left in database %s", database).isEmpty();
        }
        PersonalDataSeal seal = infrastructure.personalDataSeal();
        for (String topic : Topics.all()) {
            for (ConsumerRecord<String, byte[]> record : stack.topics.rawRecords(topic)) {
                assertThat(personal).as("clear personal data on %s", topic)
                        .noneMatch(value -> textOf(record).contains(value));
                registrationOf(client, record).ifPresent(registered -> assertThat(seal.open(
                        UUID.fromString(client), registered.getPersonalData())).as("opened on %s", topic).isEmpty());
            }
        }
        assertThat(seal.openReason(UUID.fromString(client), cancellation.getSealedReason()))
                .as("the cancellation's reason opened after erasure").isEmpty();
    }

    /** Registered, declared, booked, treated with notes and checked in with a note: every service holds something. */
    private String clientTreatedAndCheckedIn() {
        Site site = clinic.openSite("Erasure Bath " + marker, "Europe/London", "Imogen Hale");
        String client = clinic.registerClient(site, firstName, lastName, dateOfBirth, email, phone);
        assertThat(clinic.declareHealth(client, Map.of("ISOTRETINOIN_LAST_DOSE", lastIsotretinoinDose)).status())
                .isEqualTo(201);
        Slot slot = clinic.firstFreeSlot(site, 1);
        String booking = clinic.book(client, site, slot).text("id");
        await().atMost(PATIENCE).until(() -> clinic.status(booking), "CONFIRMED"::equals);
        String cancelled = clinic.book(client, site, clinic.firstFreeSlot(site, 5)).text("id");
        assertThat(clinic.cancel(cancelled, cancellationReason).status()).isEqualTo(200);
        clinic.arriveFor(slot);
        assertThat(clinic.checkIn(booking).status()).isEqualTo(201);
        assertThat(clinic.completeFaceTreatment(booking, 1.0, treatmentNotes).status()).isEqualTo(200);
        stack.topics.awaitEvent(SESSION_EVENTS, SessionCompleted.class, e -> e.getSessionId().equals(booking));
        stack.topics.awaitEvent(AFTERCARE_EVENTS, AftercarePlanStarted.class, e -> e.getSessionId().equals(booking));
        assertThat(clinic.reportHealing(booking, 1, 0, 0, false, checkInNote).status()).isEqualTo(201);
        return client;
    }

    private boolean handled(String database, String consumer, ClientErasureRequested erasure) throws SQLException {
        try (Connection connection = connect(database);
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from inbox_event where consumer = ? and event_id = ?::uuid")) {
            query.setString(1, consumer);
            query.setString(2, erasure.getMeta().getEventId());
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getLong(1) == 1;
            }
        }
    }

    /** "table.column: value" for every value of every readable column of every table that holds a personal value. */
    private List<String> personalDataIn(String database) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = connect(database);
             ResultSet columns = connection.createStatement().executeQuery("""
                     select table_name, column_name, data_type from information_schema.columns
                     where table_schema = 'public'""")) {
            while (columns.next()) {
                String format = AS_TEXT.get(columns.getString("data_type"));
                if (format != null) {
                    found.addAll(personalValuesIn(connection, columns.getString("table_name"),
                            columns.getString("column_name"), format));
                }
            }
        }
        return found;
    }

    private List<String> personalValuesIn(Connection connection, String table, String column, String format)
            throws SQLException {
        String text = format.formatted('"' + column + '"');
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select " + text + " from \"" + table
                + "\" where " + text + " like any (?)")) {
            query.setArray(1, connection.createArrayOf("text",
                    personal.stream().map(value -> "%" + value + "%").toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(table + "." + column + ": " + rows.getString(1));
                }
            }
        }
        return found;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(database), "postgres", "postgres");
    }

    /** The record's value and headers as text: personal values are plain ASCII. */
    private static String textOf(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value() == null ? new byte[0] : record.value(); // a tombstone (CRM topic) holds nothing
        StringBuilder text = new StringBuilder(new String(value, StandardCharsets.ISO_8859_1));
        for (Header header : record.headers()) {
            text.append('\n').append(new String(header.value(), StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }

    /** The record as this client's ClientRegistered, if it is one (a dead letter may be any bytes). */
    private static Optional<ClientRegistered> registrationOf(String client, ConsumerRecord<String, byte[]> record) {
        if (!client.equals(record.key()) || record.value() == null) {
            return Optional.empty();
        }
        try {
            return SingleObjectCodec.shipped().decode(record.value()) instanceof ClientRegistered registered
                    ? Optional.of(registered) : Optional.empty();
        } catch (UnreadableEventException e) {
            return Optional.empty();
        }
    }
}
