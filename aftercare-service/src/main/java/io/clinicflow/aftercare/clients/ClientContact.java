package io.clinicflow.aftercare.clients;

import java.util.Optional;

/** How aftercare reaches a client: name for the greeting, addresses, and the channels they consented to. */
public record ClientContact(ClientId clientId, String firstName, String email, Optional<String> phone,
                            Consent consent) {
}
