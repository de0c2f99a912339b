package io.clinicflow.dashboard.journeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One client's journey (one correlationId) as the dashboard saw it: its events in the order they occurred (three
 * topics arrive interleaved) and the funnel stages it reached, so that each journey counts once per stage.
 */
final class Journey {

    /** An event's effect on the funnel: whether its journey reached the stage, or the stage's kind, for the first time. */
    record Progress(FunnelMark mark, boolean firstOfStage, boolean firstOfKind) {
    }

    static final int MAX_EVENTS = 200;
    private static final Comparator<JourneyEvent> IN_ORDER = Comparator.comparing(JourneyEvent::occurredAt);

    private final List<JourneyEvent> events = new ArrayList<>();
    private final Set<FunnelStage> stages = EnumSet.noneOf(FunnelStage.class);
    private final Set<FunnelMark> marks = new HashSet<>();

    Journey() {
    }

    /** A journey a snapshot kept: what it counted, not yet its events. */
    Journey(JourneyStages kept) {
        stages.addAll(kept.stages());
        marks.addAll(kept.marks());
    }

    /** False when the event is already here: a producer may publish an event twice (the outbox is at least once). */
    boolean add(JourneyEvent event) {
        if (events.stream().anyMatch(known -> known.eventId().equals(event.eventId()))) {
            return false;
        }
        int at = 0;
        while (at < events.size() && IN_ORDER.compare(events.get(at), event) <= 0) {
            at++;
        }
        events.add(at, event);
        if (events.size() > MAX_EVENTS) {
            events.removeFirst();
        }
        return true;
    }

    Progress reach(FunnelMark mark) {
        return new Progress(mark, stages.add(mark.stage()), marks.add(mark));
    }

    JourneyStages stages(String correlationId) {
        return new JourneyStages(correlationId, stages, List.copyOf(marks));
    }

    List<JourneyEvent> events() {
        return List.copyOf(events);
    }
}
