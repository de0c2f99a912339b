package io.clinicflow.e2e;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the journeys' services when the test run ends, before the JVM's shutdown hooks take the broker away under
 * their consumers (which would then wait out their close timeouts).
 */
public class StopClinicFlowAfterTheTests implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ClinicFlowStack.stop();
    }
}
