package io.clinicflow.dashboard.live;

import io.clinicflow.dashboard.deadletters.DeadLetterArrived;
import io.clinicflow.dashboard.journeys.JourneyAdvanced;
import io.clinicflow.dashboard.journeys.JourneyProjection;
import io.clinicflow.dashboard.lag.LagMeasured;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The open pages: each gets the funnel when it connects, then every new event with the refreshed funnel, every dead
 * letter and every lag measurement. Sending runs on its own thread, so a slow browser never holds up the consumer.
 */
@Component
class LiveUpdates {

    /** Browsers' EventSource reconnects by itself when a stream ends. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    /** Sends waiting beyond this are dropped, oldest first: a catch-up must not queue one per record (ADR 0061). */
    static final int WAITING_SENDS = 1000;

    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING_SENDS), Thread.ofPlatform().name("ops-dashboard-sse").daemon().factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final JourneyProjection journeys;

    LiveUpdates(JourneyProjection journeys) {
        this.journeys = journeys;
    }

    SseEmitter subscribe() {
        SseEmitter page = new SseEmitter(STREAM_LIFETIME.toMillis());
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(error -> pages.remove(page));
        pages.add(page);
        send(page, "funnel", journeys.funnel());
        return page;
    }

    @EventListener
    void on(JourneyAdvanced advanced) {
        if (!pages.isEmpty()) {
            broadcast("event", advanced.event());
            broadcast("funnel", journeys.funnel());
        }
    }

    @EventListener
    void on(DeadLetterArrived arrived) {
        broadcast("deadLetter", arrived.deadLetter());
    }

    @EventListener
    void on(LagMeasured measured) {
        broadcast("lag", measured.lags());
    }

    /** Open streams would hold up the web server's graceful shutdown. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        pages.forEach(SseEmitter::complete);
        sender.shutdown();
    }

    private void broadcast(String name, Object data) {
        if (!pages.isEmpty() && !sender.isShutdown()) {
            sender.execute(() -> pages.forEach(page -> send(page, name, data)));
        }
    }

    private void send(SseEmitter page, String name, Object data) {
        try {
            page.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            pages.remove(page);
        }
    }
}
