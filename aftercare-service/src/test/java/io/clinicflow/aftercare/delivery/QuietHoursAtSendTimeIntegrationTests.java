package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.Mailbox;
import io.clinicflow.testkit.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class QuietHoursAtSendTimeIntegrationTests {

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final Mailbox mailbox = new Mailbox(infrastructure.mail());
    private final ClinicEvents clinic = new ClinicEvents();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Europe/London", "America/Los_Angeles"})
    void holdsAStepThatAClockJumpMadeDueAtNightUntilNineLocal(String timeZone) {
        ZoneId zone = ZoneId.of(timeZone);
        String clientId = UUID.randomUUID().toString();
        String sessionId = UUID.randomUUID().toString();
        String email = "lin-" + clientId + "@example.com";
        ApiClient aftercare = ApiClient.onPort(port);
        clinic.register(aftercare, ClinicEvents.clientRegistered(clientId, email, true));
        ZonedDateTime afternoon = moveClockTo(LocalTime.of(14, 0), zone);
        clinic.publish(ClinicEvents.sessionCompleted(clientId, sessionId, afternoon.toInstant(), zone,
                UUID.randomUUID().toString()));
        mailbox.awaitMessages(email, 1);

        // DAY3_SKINCARE was due at 14:00 local on day 3; the clock jumps past it to 22:00 that day
        ZonedDateTime night = afternoon.plusDays(3).with(LocalTime.of(22, 0));
        infrastructure.clock().advance(Duration.between(infrastructure.clock().instant(), night.toInstant()));

        ZonedDateTime nineNextMorning = afternoon.plusDays(4).with(LocalTime.of(9, 0));
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> {
            JsonNode day3 = emailOf(aftercare, clientId, "DAY3_SKINCARE");
            assertThat(OffsetDateTime.parse(day3.path("scheduledFor").asString()))
                    .isEqualTo(nineNextMorning.toOffsetDateTime());
            assertThat(day3.path("status").asString()).isEqualTo("SCHEDULED");
        });
        assertThat(mailbox.to(email)).extracting(MimeMessage::getSubject)
                .containsExactly("Your aftercare for the next 48 hours");

        infrastructure.clock().advance(Duration.between(infrastructure.clock().instant(), nineNextMorning.toInstant()));
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> {
            JsonNode day3 = emailOf(aftercare, clientId, "DAY3_SKINCARE");
            assertThat(day3.path("status").asString()).isEqualTo("SENT");
            assertThat(OffsetDateTime.parse(day3.path("sentAt").asString()).atZoneSameInstant(zone).toLocalTime())
                    .isBetween(LocalTime.of(9, 0), LocalTime.of(9, 5));
        });
        assertThat(mailbox.to(email)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Your aftercare for the next 48 hours", "How is your skin today?", "Day 3: flaking is normal");
    }

    /** Moves business time forward to the next moment the location's clocks show that time. */
    private ZonedDateTime moveClockTo(LocalTime time, ZoneId zone) {
        ZonedDateTime now = infrastructure.clock().instant().atZone(zone);
        ZonedDateTime next = now.with(time).isAfter(now) ? now.with(time) : now.plusDays(1).with(time);
        infrastructure.clock().advance(Duration.between(now, next));
        return next;
    }

    private static JsonNode emailOf(ApiClient aftercare, String clientId, String step) {
        for (JsonNode message : aftercare.get("/api/v1/clients/" + clientId + "/aftercare").body().get(0)
                .path("messages")) {
            if (message.path("step").asString().equals(step) && message.path("channel").asString().equals("EMAIL")) {
                return message;
            }
        }
        throw new AssertionError("No " + step + " email");
    }
}
