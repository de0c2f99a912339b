package io.clinicflow.dashboard.outbox;

import java.util.List;

/**
 * One service as the parked-events panel shows it: its pipeline health status (UP, DOWN...) and the members of that
 * group that are not UP, its parked events, and whether it answered at all.
 */
public record ServiceOutbox(String service, String pipeline, List<String> notUp, List<ParkedEvent> parked,
                            boolean answered) {

    public ServiceOutbox {
        notUp = List.copyOf(notUp);
        parked = List.copyOf(parked);
    }

    static ServiceOutbox silent(String service, String pipeline, List<String> notUp) {
        return new ServiceOutbox(service, pipeline, notUp, List.of(), false);
    }
}
