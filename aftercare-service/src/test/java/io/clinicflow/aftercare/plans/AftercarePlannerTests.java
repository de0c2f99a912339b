package io.clinicflow.aftercare.plans;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AftercarePlannerTests {

    @Test
    void refusesToStartWithAnSmsGatewayItCannotSendThrough() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new AftercarePlanner(null, null, null, null, null, null, "https://sms.example.com"))
                .withMessageContaining("clinicflow.sms.gateway-url");
    }
}
