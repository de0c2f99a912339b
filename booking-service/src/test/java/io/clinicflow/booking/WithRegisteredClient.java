package io.clinicflow.booking;

import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cast most booking tests start from: a London location, a practitioner there and a client registered there,
 * with {@link ForeignEvents} speaking for session-service and aftercare-service about that client.
 */
public abstract class WithRegisteredClient {

    protected final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
    protected Reception reception;
    protected ForeignEvents session;
    protected String soho;
    protected String mara;
    protected String ada;

    @LocalServerPort
    int port;

    @BeforeEach
    void registerAClient() {
        reception = new Reception(port);
        soho = reception.openLocation();
        mara = reception.practitionerAt(soho);
        ada = reception.registerClient(soho);
        session = new ForeignEvents(ada, soho);
    }
}
