package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.ClinicFlowStack;

/** The three services, each with its port in this test JVM and the database it owns. */
enum Service {
    BOOKING("booking"), SESSION("session"), AFTERCARE("aftercare");

    final String database;

    Service(String database) {
        this.database = database;
    }

    int port(ClinicFlowStack stack) {
        return switch (this) {
            case BOOKING -> stack.services.bookingPort();
            case SESSION -> stack.services.sessionPort();
            case AFTERCARE -> stack.services.aftercarePort();
        };
    }
}
