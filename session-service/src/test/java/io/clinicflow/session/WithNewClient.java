package io.clinicflow.session;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.util.UUID;

/**
 * The cast most session-service tests start from: a client session-service has not heard of yet, booking-service
 * played by {@link BookingServiceStandIn} to register and book them, and session-service's API and events.
 */
public abstract class WithNewClient {

    protected final BookingServiceStandIn bookingService = new BookingServiceStandIn();
    protected final TopicProbe probe = TopicProbe.of(ClinicInfrastructure.shared());
    protected final UUID clientId = UUID.randomUUID();
    protected ApiClient api;

    @LocalServerPort
    int port;
    @Autowired
    protected Clock clock;

    @BeforeEach
    void connectToSessionService() {
        api = ApiClient.onPort(port);
    }
}
