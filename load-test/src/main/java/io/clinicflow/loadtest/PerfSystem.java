package io.clinicflow.loadtest;

import io.clinicflow.localstack.ClinicServices;
import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;

import java.util.Map;

/**
 * The whole system under test in this JVM, as the local stack runs it: broker, PostgreSQL and SMTP on free ports,
 * the three services on free ports, and a fresh business clock that follows real time (speed 1). The services can be
 * stopped and started again on the same infrastructure (the volume seeder writes while they are stopped); they come
 * back on new ports, so ask for {@link #booking()} and the others after a restart.
 */
final class PerfSystem implements AutoCloseable {

    private final ClinicInfrastructure infrastructure;
    private ClinicServices services;

    private PerfSystem(ClinicInfrastructure infrastructure, ClinicServices services) {
        this.infrastructure = infrastructure;
        this.services = services;
    }

    static PerfSystem start() {
        // Spring Boot sets the levels of the one logging system of this JVM (broker and clients included).
        System.setProperty("logging.level.root", "WARN");
        ClinicInfrastructure infrastructure = ClinicInfrastructure.start(ClinicInfrastructure.Ports.ANY_FREE,
                BusinessClock.system(), null);
        return new PerfSystem(infrastructure, startServices(infrastructure));
    }

    private static ClinicServices startServices(ClinicInfrastructure infrastructure) {
        ClinicServices services = ClinicServices.start(infrastructure, ClinicServices.Ports.ANY_FREE, Map.of());
        infrastructure.stopsBeforeMe(services);
        return services;
    }

    /** Stops the three services (their consumers, relays and schedulers with them); the infrastructure stays. */
    void stopServices() {
        services.close();
    }

    /** Starts the three services again on the same infrastructure, as after a deployment. */
    void restartServices() {
        services = startServices(infrastructure);
    }

    ClinicInfrastructure infrastructure() {
        return infrastructure;
    }

    ApiClient booking() {
        return ApiClient.onPort(services.bookingPort());
    }

    ApiClient session() {
        return ApiClient.onPort(services.sessionPort());
    }

    ApiClient aftercare() {
        return ApiClient.onPort(services.aftercarePort());
    }

    @Override
    public void close() {
        infrastructure.close();
    }
}
