package io.clinicflow.dashboard.journeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dashboard's in-memory view of all journeys (ADR 0016), restored from its snapshot on start (ADR 0061). Bounded:
 * the latest {@value #LATEST_EVENTS} events, the {@value #JOURNEYS} journeys with the most recent events (the funnel
 * counts stay; a journey forgotten and seen again may count a stage twice) and the funnels of {@value #LOCATIONS}
 * locations (a location beyond them counts in the chain's funnel only).
 */
@Component
public class JourneyProjection {

    static final int LATEST_EVENTS = 500;
    static final int JOURNEYS = 2000;
    static final int LOCATIONS = 1000;

    private final Deque<JourneyEvent> latest = new ArrayDeque<>();
    private final Map<String, Journey> journeys = new LinkedHashMap<>(JOURNEYS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Journey> eldest) {
            return size() > JOURNEYS;
        }
    };
    private Funnel overall = new Funnel();
    private final Map<String, Funnel> byLocation = new TreeMap<>();
    private final ApplicationEventPublisher publisher;

    JourneyProjection(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /** Adds an event to its journey and, when it moves the journey on, to the funnels; then tells the live page. */
    public void observe(JourneyEvent event, Optional<FunnelMark> mark) {
        synchronized (this) {
            Journey journey = journeys.computeIfAbsent(event.correlationId(), id -> new Journey());
            if (!journey.add(event)) {
                return;
            }
            latest.addFirst(event);
            if (latest.size() > LATEST_EVENTS) {
                latest.removeLast();
            }
            mark.map(journey::reach).ifPresent(progress -> {
                overall.count(progress);
                if (byLocation.size() < LOCATIONS || byLocation.containsKey(event.locationId())) {
                    byLocation.computeIfAbsent(event.locationId(), location -> new Funnel()).count(progress);
                }
            });
        }
        publisher.publishEvent(new JourneyAdvanced(event));
    }

    /** The projection as a snapshot keeps it. */
    public synchronized ProjectionState state() {
        Map<String, FunnelTally> locations = new TreeMap<>();
        byLocation.forEach((location, funnel) -> locations.put(location, funnel.tally()));
        List<JourneyStages> remembered = new ArrayList<>(journeys.size());
        journeys.forEach((correlationId, journey) -> remembered.add(journey.stages(correlationId)));
        return new ProjectionState(overall.tally(), locations, List.copyOf(latest), remembered);
    }

    /** Takes over a snapshot's state, before the first record is read; a journey's events are the latest ones. */
    public synchronized void restore(ProjectionState state) {
        overall = new Funnel(state.overall());
        state.byLocation().forEach((location, tally) -> byLocation.put(location, new Funnel(tally)));
        Map<String, Journey> remembered = new LinkedHashMap<>();     // not yet in access order: get() must not reorder
        state.journeys().forEach(kept -> remembered.put(kept.correlationId(), new Journey(kept)));
        state.latestEvents().reversed().forEach(event -> Optional.ofNullable(remembered.get(event.correlationId()))
                .ifPresent(journey -> journey.add(event)));
        journeys.putAll(remembered);
        latest.addAll(state.latestEvents());
    }

    public synchronized FunnelView funnel() {
        Map<String, FunnelCounts> locations = new TreeMap<>();
        byLocation.forEach((location, funnel) -> locations.put(location, funnel.counts()));
        return new FunnelView(overall.counts(), locations);
    }

    /** Newest first. */
    public synchronized List<JourneyEvent> latestEvents() {
        return List.copyOf(latest);
    }

    /** The journey's events in the order they occurred; empty if it is unknown or no longer among the last ones. */
    public synchronized Optional<List<JourneyEvent>> journey(String correlationId) {
        return Optional.ofNullable(journeys.get(correlationId)).map(Journey::events);
    }
}
