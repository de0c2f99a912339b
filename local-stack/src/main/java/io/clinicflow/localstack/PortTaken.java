package io.clinicflow.localstack;

/** The local stack did not start: one of the ports it prints is held by something else. */
final class PortTaken extends RuntimeException {

    PortTaken(StackPort port, String holder) {
        super("Port %d, for %s, is taken by %s. The local stack binds exactly the ports it prints, so it started "
                .formatted(port.number(), port.purpose(), holder)
                + "nothing: stop that process or free the port, then start it again.");
    }
}
