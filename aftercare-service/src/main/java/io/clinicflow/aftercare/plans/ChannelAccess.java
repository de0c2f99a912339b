package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.Consent;

import java.util.Optional;

/** Which channels may carry a client's messages: consent first, then an address and a way to send. */
public record ChannelAccess(Consent consent, boolean phoneOnFile, boolean smsGateway) {

    static final String NO_EMAIL_CONSENT = "the client did not consent to email";
    static final String NO_SMS_CONSENT = "the client did not consent to SMS";
    static final String NO_PHONE = "no phone number on file";
    static final String NO_SMS_GATEWAY = "no SMS gateway configured (clinicflow.sms.gateway-url unset)";

    public static ChannelAccess of(ClientContact client, boolean smsGateway) {
        return new ChannelAccess(client.consent(), client.phone().isPresent(), smsGateway);
    }

    /** Why the channel stays silent for this client, or empty when a message may go out on it. */
    public Optional<String> silenceOn(ChannelName channel) {
        return switch (channel) {
            case EMAIL -> consent.email() ? Optional.empty() : Optional.of(NO_EMAIL_CONSENT);
            case SMS -> !consent.sms() ? Optional.of(NO_SMS_CONSENT)
                    : !phoneOnFile ? Optional.of(NO_PHONE)
                    : smsGateway ? Optional.empty() : Optional.of(NO_SMS_GATEWAY);
        };
    }
}
