package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.templates.MessageContent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Sends aftercare SMS through the chain's HTTP SMS gateway: {@code POST <gateway-url>} with {@code {to, text,
 * idempotencyKey}} and the header {@code Idempotency-Key}, both the message's id, so a resend after a crash is
 * recognised by the gateway as the same message (ADR 0012). Any 2xx means accepted; anything else throws.
 */
@Component
class SmsGatewayChannel implements Channel {

    record SmsRequest(String to, String text, String idempotencyKey) {
    }

    private final RestClient gateway;

    SmsGatewayChannel(@Value("${clinicflow.sms.gateway-url:}") String gatewayUrl,
                      @Value("${clinicflow.sms.timeout:PT10S}") Duration timeout) {
        // the JDK client waits forever by default; a hung gateway would hold a scheduler thread and the row lock
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.gateway = RestClient.builder().baseUrl(gatewayUrl).requestFactory(requests).build();
    }

    @Override
    public ChannelName name() {
        return ChannelName.SMS;
    }

    @Override
    public void send(ScheduledMessage message, ClientContact client, MessageContent content) {
        String key = message.messageId().toString();
        String to = client.phone().orElseThrow(() -> new IllegalStateException("No phone number for " + key));
        gateway.post()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .body(new SmsRequest(to, content.sms(), key))
                .retrieve()
                .toBodilessEntity();
    }
}
