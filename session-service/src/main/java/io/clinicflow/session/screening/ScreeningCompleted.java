package io.clinicflow.session.screening;

import io.clinicflow.kernel.Journey;

/** A booking was screened; the journey is the booking's, caused by the event that triggered the screening. */
public record ScreeningCompleted(Screening screening, Journey journey) {
}
