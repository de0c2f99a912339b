package io.clinicflow.dashboard.deadletters;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The latest {@value #SIZE} dead letters of all ClinicFlow topics, newest first (ADR 0016). */
@Component
public class DeadLetterList {

    static final int SIZE = 100;

    private final Deque<DeadLetter> latest = new ArrayDeque<>();
    private final ApplicationEventPublisher publisher;

    DeadLetterList(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void add(DeadLetter deadLetter) {
        synchronized (this) {
            latest.addFirst(deadLetter);
            if (latest.size() > SIZE) {
                latest.removeLast();
            }
        }
        publisher.publishEvent(new DeadLetterArrived(deadLetter));
    }

    /** Takes over a snapshot's dead letters (newest first), before the first record is read (ADR 0061). */
    public synchronized void restore(List<DeadLetter> kept) {
        latest.addAll(kept.subList(0, Math.min(SIZE, kept.size())));
    }

    public synchronized List<DeadLetter> latest() {
        return List.copyOf(latest);
    }
}
