package io.clinicflow.session;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.HttpContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The build fails when session-service's OpenAPI document breaks the one frozen in
 * {@code src/test/resources/openapi/session-service-v1.json} (ADR 0036).
 */
@SessionServiceTest
class HttpContractTests {

    @LocalServerPort
    int port;

    @Test
    void servesADocumentThatKeepsItsFrozenContract() {
        HttpContract.of("session-service").assertKeptBy(ApiClient.onPort(port));
    }
}
