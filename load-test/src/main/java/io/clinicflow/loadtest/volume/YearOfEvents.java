package io.clinicflow.loadtest.volume;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The events of a chain's history in the order they happened, made one at a time: a consumer seeking by time finds
 * them where their record timestamps say, and retention sees segments of one time range each. Only the journeys still
 * under way are held (their next step and time, not their events), about half a year of completed sessions waiting
 * for their maintenance message; nothing later than {@code end} is made (that is the chain's future).
 */
final class YearOfEvents implements Iterator<SeededEvent> {

    /** A journey's next step: when, which journey, which of its steps. */
    private record Next(long atMillis, long journey, int ordinal) {
    }

    private final long seed;
    private final ChainSize size;
    private final Instant start;
    private final Duration span;
    private final long endMillis;
    private final JourneyRecords records;
    private final PriorityQueue<Next> due = new PriorityQueue<>((a, b) -> a.atMillis != b.atMillis
            ? Long.compare(a.atMillis, b.atMillis) : Long.compare(a.journey, b.journey));
    private long nextJourney;

    YearOfEvents(long seed, ChainSize size, Instant end) {
        this.seed = seed;
        this.size = size;
        this.span = historyOf(size);
        this.start = end.minus(span);
        this.endMillis = end.toEpochMilli();
        this.records = new JourneyRecords(new ChainIds(seed));
    }

    /** How far back the history reaches: {@link ChainSize#years()} of 365 days. */
    static Duration historyOf(ChainSize size) {
        return Duration.ofMillis(Math.round(size.years() * Duration.ofDays(365).toMillis()));
    }

    @Override
    public boolean hasNext() {
        return nextJourney < size.bookings() || !due.isEmpty();
    }

    @Override
    public SeededEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the seeded history ends here");
        }
        startJourneysBookedBy(due.isEmpty() ? Long.MAX_VALUE : due.peek().atMillis());
        Next step = due.poll();
        Journey journey = journey(step.journey());
        int following = step.ordinal() + 1;
        if (following < journey.steps().size()) {
            schedule(journey, following);
        }
        return records.event(journey, step.ordinal());
    }

    /** Journeys start in the order of their numbers; one booked by {@code millis} joins before that moment's step. */
    private void startJourneysBookedBy(long millis) {
        while (nextJourney < size.bookings()) {
            Journey journey = journey(nextJourney);
            if (journey.bookedAt().toEpochMilli() > millis && !due.isEmpty()) {
                return;
            }
            nextJourney++;
            schedule(journey, 0);
            millis = Math.min(millis, journey.bookedAt().toEpochMilli());
        }
    }

    private void schedule(Journey journey, int ordinal) {
        long at = journey.at(journey.steps().get(ordinal)).toEpochMilli();
        if (at <= endMillis) {
            due.add(new Next(at, journey.index(), ordinal));
        }
    }

    private Journey journey(long index) {
        return Journey.of(seed, index, size, start, span);
    }
}
