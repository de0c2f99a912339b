package io.clinicflow.localstack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Which log lines reach the local stack's console (the log file gets them all): with {@code --verbose} every one;
 * otherwise errors from anything and ClinicFlow's own warnings (a failed send, a paused consumer, a parked event),
 * which are written for a person. Kafka's, Spring's and PostgreSQL's routine warnings stay in the file.
 */
public final class ConsoleWorthy extends Filter<ILoggingEvent> {

    /** System property: every log line goes to the console too. */
    static final String VERBOSE = "clinicflow.local-stack.verbose";
    private static final String CLINICFLOW = "io.clinicflow.";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return Boolean.getBoolean(VERBOSE) || shown(event.getLevel(), event.getLoggerName())
                ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    static boolean shown(Level level, String logger) {
        return level.isGreaterOrEqual(Level.ERROR) || level.isGreaterOrEqual(Level.WARN) && logger.startsWith(CLINICFLOW);
    }
}
