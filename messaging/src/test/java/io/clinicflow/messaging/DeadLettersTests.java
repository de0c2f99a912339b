package io.clinicflow.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOffExecution;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTests {

    @Test
    void recognisesAnUnreachableDatabaseBehindTheListenerException() {
        Throwable down = new ListenerExecutionFailedException("handler failed",
                new CannotCreateTransactionException("no connection", new CannotGetJdbcConnectionException("refused")));

        assertThat(DeadLetters.databaseUnavailable(down)).isTrue();
    }

    @Test
    void doesNotTreatABrokenConstraintAsAnOutage() {
        Throwable constraint = new ListenerExecutionFailedException("handler failed",
                new DataIntegrityViolationException("duplicate key"));

        assertThat(DeadLetters.databaseUnavailable(constraint)).isFalse();
    }

    @Test
    void retriesAnEarlyEventForThePatienceThenGivesUp() {
        Throwable early = new ListenerExecutionFailedException("handler failed", new EventArrivedEarly("no client yet") {
        });

        BackOffExecution retries = DeadLetters.backOffFor(early, Duration.ofMinutes(5)).start();

        long waited = 0;
        int attempts = 0;
        for (long next = retries.nextBackOff(); next != BackOffExecution.STOP; next = retries.nextBackOff()) {
            assertThat(next).isBetween(500L, 10_000L);
            waited += next;
            attempts++;
        }
        assertThat(waited).isBetween(Duration.ofMinutes(5).toMillis(), Duration.ofMinutes(5).plusSeconds(10).toMillis());
        assertThat(attempts).isGreaterThan(30);
    }

    @Test
    void leavesOrdinaryFailuresToTheQuickRetries() {
        Throwable constraint = new ListenerExecutionFailedException("handler failed",
                new DataIntegrityViolationException("duplicate key"));

        assertThat(DeadLetters.backOffFor(constraint, Duration.ofMinutes(5))).isNull();
    }
}
