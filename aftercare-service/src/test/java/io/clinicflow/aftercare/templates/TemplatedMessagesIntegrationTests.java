package io.clinicflow.aftercare.templates;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.SmsGateway;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.Mailbox;
import io.clinicflow.testkit.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** DAY0 messages as clients receive them, worded by their location's template set and their session's areas. */
@AftercareServiceTest
class TemplatedMessagesIntegrationTests {

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final Mailbox mailbox = new Mailbox(infrastructure.mail());
    private final ClinicEvents clinic = new ClinicEvents();

    private final String clientId = UUID.randomUUID().toString();
    private final String email = "grace-" + clientId + "@example.com";
    @LocalServerPort
    int port;

    @Test
    void wordsTheDay0EmailOfAFaceSessionInALondonLocationFromTheEnGbTemplates() throws Exception {
        registerGrace(false);
        clinic.publish(completedSession(UUID.randomUUID().toString(), TreatmentArea.FACE));

        MimeMessage day0 = mailbox.awaitMessages(email, 1).getFirst();

        assertThat(day0.getSubject()).isEqualTo("Your aftercare for the next 48 hours");
        assertThat(part(day0, 0)).startsWith("Hello Ada,\n\n").contains(
                        "- Cleanse gently with a mild cleanser and lukewarm water, and pat dry.\n",
                        "- No makeup for 24 hours, while the tiny channels in your skin close.\n",
                        "Your ClinicFlow care team")
                .doesNotContain("body areas", "waistbands");
        assertThat(part(day0, 1)).contains("<html lang=\"en-GB\">", "<p>Hello Ada,</p>",
                "<li>No makeup for 24 hours, while the tiny channels in your skin close.</li>").doesNotContain("body areas");
    }

    @Test
    void addsTheBodyWordingToTheEmailAndSmsOfABodyAreaSession() throws Exception {
        registerGrace(true);
        clinic.publish(completedSession(UUID.randomUUID().toString(), TreatmentArea.THIGHS,
                TreatmentArea.ABDOMEN_WAIST));

        MimeMessage day0 = mailbox.awaitMessages(email, 1).getFirst();

        assertThat(part(day0, 0)).contains("Treated body areas:\n",
                "- Wear loose, soft clothing. Avoid tight waistbands, bra straps or anything else that rubs",
                "- No swimming and no gym for 48 to 72 hours.\n").doesNotContain("makeup");
        assertThat(part(day0, 1)).contains("<p><strong>Treated body areas</strong></p>").doesNotContain("makeup");
        assertThat(awaitSms().text()).isEqualTo("Hello Ada, redness and swelling are normal. Mild cleanser; no sun, "
                + "sweat or sauna for 48h. Loose clothing, nothing tight on treated areas; no swimming or gym for "
                + "48-72h. Heat, pus or worse pain? Call your clinic.");
    }

    @Test
    void wordsTheEmailAndSmsOfALosAngelesLocationFromTheEnUsTemplates() throws Exception {
        registerGrace(true);
        clinic.publish(completedSession(ClinicEvents.LOS_ANGELES, TreatmentArea.FACE));

        MimeMessage day0 = mailbox.awaitMessages(email, 1).getFirst();

        assertThat(part(day0, 0)).startsWith("Hi Ada,\n\n").contains(
                "- Wash gently with a mild cleanser and lukewarm water, and pat dry.\n",
                "- Stay out of the sun, and no sweating, working out or sauna for 48 hours.\n");
        assertThat(part(day0, 1)).contains("<html lang=\"en-US\">", "<p>Hi Ada,</p>");
        assertThat(awaitSms().text()).isEqualTo("Hi Ada, redness and swelling are normal. Mild cleanser; no sun, "
                + "sweat or sauna for 48 hrs. No makeup for 24 hrs. Heat, pus, worse pain? Call your clinic.");
    }

    /** A client who consented to email, and to SMS if asked; the registration names her Ada. */
    private void registerGrace(boolean smsConsent) {
        clinic.register(ApiClient.onPort(port), ClinicEvents.clientRegistered(clientId, email, true, smsConsent));
    }

    /** A session completed a minute ago at this location (early afternoon there: no quiet hours). */
    private SessionCompleted completedSession(String locationId, TreatmentArea... areas) {
        SessionCompleted completed = ClinicEvents.sessionCompleted(clientId, UUID.randomUUID().toString(),
                infrastructure.clock().instant());
        completed.getMeta().setLocationId(locationId);
        completed.setAreas(List.of(areas));
        return completed;
    }

    private SmsGateway.Received awaitSms() {
        return await().atMost(TopicProbe.PATIENCE)
                .until(() -> SmsGateway.shared().to(ClinicEvents.phoneOf(clientId)), sms -> !sms.isEmpty())
                .getFirst();
    }

    /** The text (0) or HTML (1) alternative of the email, with the line breaks SMTP made CRLF back to LF. */
    private static String part(MimeMessage email, int index) throws Exception {
        return ((String) ((MimeMultipart) email.getContent()).getBodyPart(index).getContent()).replace("\r\n", "\n");
    }
}
