package io.clinicflow.e2e;

import io.clinicflow.localstack.ClinicServices;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.Mailbox;
import io.clinicflow.testkit.TopicProbe;

import java.util.Map;

/**
 * The three services on the JVM's shared infrastructure, started once for all journeys of this test run. Public for
 * the edge tests ({@code io.clinicflow.e2e.edge}), which must hit the same services rather than start a second set.
 */
public final class ClinicFlowStack {

    private static ClinicFlowStack running;

    public final ClinicServices services;
    public final Clinic clinic;
    public final TopicProbe topics;
    final Mailbox mailbox;

    private ClinicFlowStack(ClinicInfrastructure infrastructure, ClinicServices services) {
        this.services = services;
        this.clinic = new Clinic(ApiClient.onPort(services.bookingPort()), ApiClient.onPort(services.sessionPort()),
                ApiClient.onPort(services.aftercarePort()), infrastructure.clock());
        this.topics = TopicProbe.of(infrastructure);
        this.mailbox = new Mailbox(infrastructure.mail());
    }

    public static synchronized ClinicFlowStack get() {
        if (running == null) {
            ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
            ClinicServices services = ClinicServices.start(infrastructure, ClinicServices.Ports.ANY_FREE, Map.of(
                    "clinicflow.aftercare.polling-interval", "PT0.2S"));
            infrastructure.stopsBeforeMe(services);
            running = new ClinicFlowStack(infrastructure, services);
        }
        return running;
    }

    /** Stops the services while broker and database still run, so their consumers leave their groups cleanly. */
    static synchronized void stop() {
        if (running != null) {
            running.services.close();
            running = null;
        }
    }
}
