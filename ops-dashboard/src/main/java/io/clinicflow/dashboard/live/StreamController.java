package io.clinicflow.dashboard.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-Sent Events for the page: {@code funnel}, {@code event}, {@code deadLetter} and {@code lag}. */
@RestController
class StreamController {

    private final LiveUpdates updates;

    StreamController(LiveUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return updates.subscribe();
    }
}
