package io.clinicflow.booking.clients;

import io.clinicflow.kernel.Journey;

/** A client joined the chain; the journey starts at their home location. */
public record ClientRegistered(Client client, Journey journey) {
}
