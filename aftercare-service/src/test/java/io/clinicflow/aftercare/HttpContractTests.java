package io.clinicflow.aftercare;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.HttpContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The build fails when aftercare-service's OpenAPI document breaks the one frozen in
 * {@code src/test/resources/openapi/aftercare-service-v1.json} (ADR 0036).
 */
@AftercareServiceTest
class HttpContractTests {

    @LocalServerPort
    int port;

    @Test
    void servesADocumentThatKeepsItsFrozenContract() {
        HttpContract.of("aftercare-service").assertKeptBy(ApiClient.onPort(port));
    }
}
