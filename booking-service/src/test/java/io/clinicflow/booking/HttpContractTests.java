package io.clinicflow.booking;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.HttpContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The build fails when booking-service's OpenAPI document breaks the one frozen in
 * {@code src/test/resources/openapi/booking-service-v1.json} (ADR 0036).
 */
@BookingServiceTest
class HttpContractTests {

    @LocalServerPort
    int port;

    @Test
    void servesADocumentThatKeepsItsFrozenContract() {
        HttpContract.of("booking-service").assertKeptBy(ApiClient.onPort(port));
    }
}
