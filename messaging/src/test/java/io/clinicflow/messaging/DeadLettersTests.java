package io.clinicflow.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

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
}
