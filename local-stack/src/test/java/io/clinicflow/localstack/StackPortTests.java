package io.clinicflow.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class StackPortTests {

    @Test
    void refusesATakenPortNamingItWhatItIsForAndWhoHoldsIt() throws IOException {
        try (ServerSocket holder = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            StackPort kafka = new StackPort(holder.getLocalPort(), "the Kafka broker");

            assertThatThrownBy(() -> StackPort.requireFree(List.of(kafka)))
                    .isInstanceOf(PortTaken.class)
                    .hasMessageStartingWith("Port " + kafka.number() + ", for the Kafka broker, is taken by ")
                    .hasMessageContaining("started nothing");
        }
    }

    @Test
    void namesTheProcessThatHoldsThePortWhenSsOrLsofCanTell() throws IOException {
        try (ServerSocket holder = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String named = PortHolder.of(holder.getLocalPort());

            assumeFalse(named.equals("another process"), "neither ss nor lsof names listening processes here");
            assertThat(named).endsWith("(pid " + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void letsFreePortsPass() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        StackPort released = new StackPort(free, "the control API");

        assertThatCode(() -> StackPort.requireFree(List.of(released))).doesNotThrowAnyException();
    }
}
