package io.clinicflow.localstack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleWorthyTests {

    @ParameterizedTest(name = "{0} from {1} -> console {2}")
    @CsvSource(textBlock = """
            ERROR, org.apache.kafka.storage.internals.log.LogDirFailureChannel,  true
            ERROR, io.clinicflow.messaging.OutboxRelay,                         true
            WARN,  io.clinicflow.messaging.OutboxRelay,                         true
            WARN,  io.clinicflow.messaging.ConsumersPauseWhileDatabaseDown,     true
            WARN,  org.springdoc.core.events.SpringDocAppInitializer,          false
            WARN,  state.change.logger,                                         false
            INFO,  io.clinicflow.messaging.OutboxRelay,                        false
            INFO,  org.apache.kafka.clients.consumer.ConsumerConfig,           false
            """)
    void showsErrorsAndClinicFlowsOwnWarningsOnly(String level, String logger, boolean shown) {
        assertThat(ConsoleWorthy.shown(Level.toLevel(level), logger)).isEqualTo(shown);
    }

    @Test
    void verboseLetsEveryLineThrough() {
        LoggingEvent kafkaInfo = new LoggingEvent(ConsoleWorthyTests.class.getName(),
                new LoggerContext().getLogger("org.apache.kafka.clients.consumer.ConsumerConfig"), Level.INFO,
                "ConsumerConfig values: ...", null, null);
        ConsoleWorthy filter = new ConsoleWorthy();
        try {
            assertThat(filter.decide(kafkaInfo)).isEqualTo(FilterReply.DENY);
            System.setProperty(ConsoleWorthy.VERBOSE, "true");
            assertThat(filter.decide(kafkaInfo)).isEqualTo(FilterReply.NEUTRAL);
        } finally {
            System.clearProperty(ConsoleWorthy.VERBOSE);
        }
    }

    @Test
    void verboseIsAnOptionOfTheCommandLine() {
        assertThat(LaunchOptions.parse(new String[] {"--demo", "--verbose"}).verbose()).isTrue();
        assertThat(LaunchOptions.parse(new String[] {"--demo"}).verbose()).isFalse();
    }
}
