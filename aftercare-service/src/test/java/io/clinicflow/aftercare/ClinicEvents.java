package io.clinicflow.aftercare;

import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ContractEvents;
import io.clinicflow.testkit.TopicProbe;
import org.apache.avro.specific.SpecificRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What booking-service and session-service would publish, in aftercare-service's words; built by ContractEvents. */
public final class ClinicEvents {

    /** A location in Los Angeles: {@link AftercareServiceTest} configures its locale as en-US. */
    public static final String LOS_ANGELES = "789dfda4-02c8-4d0b-b25d-d105053e574e";

    /** A client who consented to email only (or to nothing). */
    public static ClientRegistered clientRegistered(String clientId, String email, boolean emailConsent) {
        return clientRegistered(clientId, email, emailConsent, false);
    }

    public static ClientRegistered clientRegistered(String clientId, String email, boolean emailConsent,
                                                    boolean smsConsent) {
        return ContractEvents.of(clientId).clientRegistered(ContractEvents.ada(email, phoneOf(clientId)))
                .setEmailConsent(emailConsent).setSmsConsent(smsConsent)
                .build();
    }

    /** The client's own phone number, so the shared SMS gateway's requests can be told apart. */
    public static String phoneOf(String clientId) {
        return String.format("+447700%09d", Math.floorMod(clientId.hashCode(), 1_000_000_000));
    }

    /** Session 1 of 3, completed a minute ago, at a location where it is early afternoon now (no quiet hours). */
    public static SessionCompleted sessionCompleted(String clientId, String sessionId, Instant now) {
        return sessionCompleted(clientId, sessionId, now.minus(Duration.ofMinutes(1)), zoneWhereItIsEarlyAfternoon(now),
                UUID.randomUUID().toString());
    }

    /** Session 1 of 3 of the course, completed at that moment at a location in that zone. */
    public static SessionCompleted sessionCompleted(String clientId, String sessionId, Instant completedAt,
                                                    ZoneId zone, String courseId) {
        return ContractEvents.of(clientId).sessionCompleted(sessionId)
                .setCompletedAt(completedAt).setTimeZone(zone.getId()).setCourseId(courseId)
                .build();
    }

    /** An Etc/GMT zone in which {@code now} is between 13:00 and 14:00, so "now" never falls in quiet hours. */
    public static ZoneId zoneWhereItIsEarlyAfternoon(Instant now) {
        int utcHour = now.atZone(ZoneOffset.UTC).getHour();
        int offsetHours = Math.floorMod(13 - utcHour + 12, 24) - 12;
        // Etc/GMT names count the other way round: Etc/GMT-3 is UTC+03:00
        String sign = offsetHours > 0 ? "-" : "+";
        return ZoneId.of(offsetHours == 0 ? "Etc/GMT" : "Etc/GMT" + sign + Math.abs(offsetHours));
    }


    /** Publishes the event on its topic with the client as key, as the producing service's outbox relay would. */
    public void publish(SpecificRecord event) {
        ContractEvents.publish(event);
    }

    /** Publishes the registration and waits until aftercare knows the client (its aftercare answers 200). */
    public void register(ApiClient aftercare, ClientRegistered registration) {
        publish(registration);
        String path = "/api/v1/clients/" + registration.getMeta().getClientId() + "/aftercare";
        await().atMost(TopicProbe.PATIENCE)
                .untilAsserted(() -> assertThat(aftercare.get(path).status()).isEqualTo(200));
    }
}
