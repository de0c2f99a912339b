package io.clinicflow.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** A port the local stack binds and prints, and what listens there: README and clients rely on each one. */
record StackPort(int number, String purpose) {

    static final StackPort KAFKA = new StackPort(9092, "the Kafka broker");
    static final StackPort POSTGRESQL = new StackPort(5432, "PostgreSQL");
    static final StackPort SMTP = new StackPort(3025, "the SMTP server");
    static final StackPort DASHBOARD = new StackPort(8080, "the ops dashboard");
    static final StackPort BOOKING = new StackPort(8081, "booking-service");
    static final StackPort SESSION = new StackPort(8082, "session-service");
    static final StackPort AFTERCARE = new StackPort(8083, "aftercare-service");
    static final StackPort CONTROL_API = new StackPort(8090, "the control API");
    static final List<StackPort> ALL = List.of(KAFKA, POSTGRESQL, SMTP, DASHBOARD, BOOKING, SESSION, AFTERCARE,
            CONTROL_API);

    /**
     * Refuses the launch while one of {@code ports} is taken, before anything starts: a stack that came up on other
     * ports, or only half, would send every client and every README command somewhere else.
     */
    static void requireFree(List<StackPort> ports) {
        for (StackPort port : ports) {
            if (!port.isFree()) {
                throw new PortTaken(port, PortHolder.of(port.number()));
            }
        }
    }

    /** Free when this JVM may listen on it on every interface: a listener on any one address makes it taken. */
    boolean isFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(number));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
