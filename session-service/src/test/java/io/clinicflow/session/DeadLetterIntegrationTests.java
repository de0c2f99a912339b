package io.clinicflow.session;

import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SessionServiceTest
class DeadLetterIntegrationTests {

    @Autowired
    Clock clock;

    private final BookingServiceStandIn bookingService = new BookingServiceStandIn();
    private final TopicProbe probe = TopicProbe.of(ClinicInfrastructure.shared());

    @Test
    void parksUnreadableBookingEventsOnTheDeadLetterTopicAndKeepsConsuming() {
        UUID clientId = UUID.randomUUID();
        byte[] poison = ("not avro " + clientId).getBytes(StandardCharsets.UTF_8);

        probe.sendRaw(Topics.BOOKING_EVENTS, clientId.toString(), poison);

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() ->
                assertThat(probe.rawRecords(Topics.deadLetterOf(Topics.BOOKING_EVENTS))).anySatisfy(record -> {
                    assertThat(record.key()).isEqualTo(clientId.toString());
                    assertThat(record.value()).isEqualTo(poison);
                }));
        bookingService.registerClient(clientId, LocalDate.parse("1970-01-01"), UUID.randomUUID().toString());
        var booking = bookingService.book(clientId, clock.instant().plus(Duration.ofDays(1)));
        assertThat(probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString())).getMeta().getClientId())
                .isEqualTo(clientId.toString());
    }

    @Test
    void parksAReadableBookingEventWithAMalformedIdWithoutRetrying() {
        UUID clientId = UUID.randomUUID();
        var booking = bookingService.sessionBooked(clientId, clock.instant().plus(Duration.ofDays(1)));
        booking.event().setBookingId("booking-" + clientId);

        bookingService.publish(booking.event());

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() ->
                assertThat(probe.rawRecords(Topics.deadLetterOf(Topics.BOOKING_EVENTS))).anySatisfy(record -> {
                    assertThat(record.key()).isEqualTo(clientId.toString());
                    assertThat(new String(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN).value(),
                            StandardCharsets.UTF_8)).isEqualTo(PoisonEventException.class.getName());
                }));
    }
}
