package io.clinicflow.e2e;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.messaging.JourneyTrace;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.Clinic.Site;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operations staff see of a journey: one trace across the services, business counters that move. */
class ObservabilityJourneyTests {

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final Clinic clinic = stack.clinic;
    private final SingleObjectCodec codec = SingleObjectCodec.shipped();

    @Test
    void aBookingsEventsOnAllThreeServicesShareOneTraceId() {
        Site site = clinic.openSite("Trace London", "Europe/London", "Amara Okafor");
        String client = clinic.registerClient(site, "Mary", "Somerville", "1980-12-26");
        clinic.declareHealth(client, Map.of());
        Clinic.Slot slot = clinic.firstFreeSlot(site, 1);
        String booking = clinic.book(client, site, slot).text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> clinic.status(booking).equals("CONFIRMED"));
        clinic.arriveFor(slot);
        clinic.checkIn(booking);
        clinic.completeFaceTreatment(booking, 0.5);
        String correlationId = stack.topics.awaitEvent(BOOKING_EVENTS, SessionBooked.class,
                e -> e.getBookingId().equals(booking)).getMeta().getCorrelationId();

        List<ConsumerRecord<String, byte[]>> journey = await().atMost(Duration.ofSeconds(30))
                .until(() -> journeyRecords(client, correlationId), records -> coversAllThreeTopics(records));

        assertThat(journey).allSatisfy(record -> assertThat(traceIdOf(record))
                .as("%s on %s", typeOf(record), record.topic()).isEqualTo(JourneyTrace.traceIdOf(correlationId)));
    }

    @Test
    void bookingServiceCountsEachSessionBookedPerLocation() {
        Site site = clinic.openSite("Metrics Sydney", "Australia/Sydney", "Mei Tanaka");
        String client = clinic.registerClient(site, "Ruby", "Payne-Scott", "1979-05-28");
        assertThat(sessionsBookedAt(site)).isZero();

        clinic.book(client, site, clinic.firstFreeSlot(site, 1));
        clinic.book(client, site, clinic.firstFreeSlot(site, 2));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sessionsBookedAt(site)).isEqualTo(2.0));
    }

    @Test
    void screeningsAreCountedByOutcome() {
        Site site = clinic.openSite("Metrics London", "Europe/London", "Amara Okafor");
        String client = clinic.registerClient(site, "Ada", "Lovelace", "1990-04-12");
        clinic.declareHealth(client, Map.of("PREGNANT_OR_BREASTFEEDING", true));

        clinic.book(client, site, clinic.firstFreeSlot(site, 1));

        Pattern declined = Pattern.compile("^clinicflow_events_published_total\\{[^}]*event_type=\"ScreeningCompleted\""
                + "[^}]*location_id=\"" + site.locationId() + "\"[^}]*outcome=\"DECLINED\"[^}]*} 1\\.0$", Pattern.MULTILINE);
        await().atMost(Duration.ofSeconds(30)).until(() -> declined.matcher(clinic.sessionMetrics()).find());
    }

    @Test
    void eachServiceInfoNamesItsOwnBuild() {
        assertThat(clinic.serviceInfos()).extracting(info -> info.path("build").path("artifact").asString())
                .containsExactly("booking-service", "session-service", "aftercare-service");
    }

    private double sessionsBookedAt(Site site) {
        Pattern sample = Pattern.compile("^clinicflow_events_published_total\\{[^}]*event_type=\"SessionBooked\"[^}]*location_id=\""
                + site.locationId() + "\"[^}]*} (\\S+)$", Pattern.MULTILINE);
        Matcher found = sample.matcher(clinic.bookingMetrics());
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    private List<ConsumerRecord<String, byte[]>> journeyRecords(String client, String correlationId) {
        return Topics.EVENT_TOPICS.stream().flatMap(topic -> stack.topics.rawRecords(topic).stream())
                .filter(record -> client.equals(record.key()))
                .filter(record -> EventCatalog.metaOf(codec.decode(record.value())).getCorrelationId().equals(correlationId))
                .toList();
    }

    private static boolean coversAllThreeTopics(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::topic).distinct().count() == Topics.EVENT_TOPICS.size();
    }

    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        Header traceparent = record.headers().lastHeader(JourneyTrace.HEADER);
        assertThat(traceparent).as("traceparent header on %s", record.topic()).isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    private String typeOf(ConsumerRecord<String, byte[]> record) {
        SpecificRecord event = codec.decode(record.value());
        return event.getSchema().getName();
    }
}
