package io.clinicflow.aftercare.plans;

import java.util.Objects;
import java.util.UUID;

/** The course a session belongs to; a cancelled or abandoned course stops the aftercare of its sessions. */
public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
