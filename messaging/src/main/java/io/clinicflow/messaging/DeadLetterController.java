package io.clinicflow.messaging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations' replay command: {@code POST /api/v1/admin/dlt/{topic}/replay} moves a topic's dead letters back. */
@RestController
public class DeadLetterController {

    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/v1/admin/dlt/{topic}/replay")
    DeadLetterReplay.Report replay(@PathVariable String topic) {
        return replay.replay(topic);
    }

    @ExceptionHandler
    ProblemDetail unknownTopic(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
