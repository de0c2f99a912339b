package io.clinicflow.messaging;

/**
 * An event whose prerequisite comes on another topic and has not been consumed yet. Kafka orders nothing across
 * topics, and after a restart one listener may be minutes behind another, so this is neither poison nor a quick
 * transient fault: the record is retried patiently (see {@link DeadLetters}) and dead-lettered only if the
 * prerequisite never comes.
 */
public abstract class EventArrivedEarly extends RuntimeException {

    protected EventArrivedEarly(String message) {
        super(message);
    }
}
