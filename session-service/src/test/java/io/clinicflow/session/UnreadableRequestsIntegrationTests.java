package io.clinicflow.session;

import io.clinicflow.testkit.UnreadableRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.stream.Stream;

/** Issue 23: what Tomcat refuses before Spring sees it is a problem detail too, not Tomcat's HTML page (ADR 0040). */
@SessionServiceTest
class UnreadableRequestsIntegrationTests {

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyRequestTomcatRefusesIsAnsweredAsAProblemDetail() {
        return UnreadableRequests.against(port, "/api/v1/sessions/{id}");
    }
}
