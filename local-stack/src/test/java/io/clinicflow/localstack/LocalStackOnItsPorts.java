package io.clinicflow.localstack;

import io.clinicflow.testkit.ClinicInfrastructure;

import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The local stack as {@code bin/local-stack} starts it, on the ports it prints, once for this test JVM and stopped
 * when the JVM exits. A test that needs it is skipped, not failed, while one of those ports is taken on this machine.
 */
final class LocalStackOnItsPorts {

    private static ClinicInfrastructure started;

    private LocalStackOnItsPorts() {
    }

    static synchronized ClinicInfrastructure start() {
        if (started == null) {
            try {
                started = LocalStack.start(LaunchOptions.parse(new String[0]));
            } catch (PortTaken e) {
                abort("The local stack cannot start on this machine now: " + e.getMessage());
            }
        }
        return started;
    }
}
