package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.clients.Consent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §6: only channels the client consented to carry messages; SMS needs a phone number and a gateway too. */
class ChannelAccessTests {

    private static final Map<String, String> SILENCES = Map.of("NO_EMAIL_CONSENT", ChannelAccess.NO_EMAIL_CONSENT,
            "NO_SMS_CONSENT", ChannelAccess.NO_SMS_CONSENT, "NO_PHONE", ChannelAccess.NO_PHONE,
            "NO_SMS_GATEWAY", ChannelAccess.NO_SMS_GATEWAY);

    @ParameterizedTest(name = "email consent {0}, SMS consent {1}, phone {2}, gateway {3}: email {4}, SMS {5}")
    @CsvSource(nullValues = "-", textBlock = """
            true,  true,  +447700900123, true,  -,                -
            false, true,  +447700900123, true,  NO_EMAIL_CONSENT, -
            true,  false, +447700900123, true,  -,                NO_SMS_CONSENT
            true,  true,  -,             true,  -,                NO_PHONE
            true,  true,  +447700900123, false, -,                NO_SMS_GATEWAY
            false, false, -,             false, NO_EMAIL_CONSENT, NO_SMS_CONSENT
            """)
    void saysWhyAChannelStaysSilentForTheClient(boolean emailConsent, boolean smsConsent, String phone,
            boolean gateway, String emailSilence, String smsSilence) {
        ClientContact client = new ClientContact(new ClientId(UUID.randomUUID()), "Ada", "ada@example.com",
                Optional.ofNullable(phone), new Consent(emailConsent, smsConsent));

        ChannelAccess access = ChannelAccess.of(client, gateway);

        assertThat(access.silenceOn(ChannelName.EMAIL)).isEqualTo(Optional.ofNullable(emailSilence).map(SILENCES::get));
        assertThat(access.silenceOn(ChannelName.SMS)).isEqualTo(Optional.ofNullable(smsSilence).map(SILENCES::get));
    }
}
