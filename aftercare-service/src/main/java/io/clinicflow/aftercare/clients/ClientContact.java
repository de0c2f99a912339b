package io.clinicflow.aftercare.clients;

import java.util.Optional;
import java.util.UUID;

/** How aftercare reaches a client: name for the greeting, addresses, and the channels they consented to. */
public record ClientContact(UUID clientId, String firstName, String email, Optional<String> phone, Consent consent) {
}
