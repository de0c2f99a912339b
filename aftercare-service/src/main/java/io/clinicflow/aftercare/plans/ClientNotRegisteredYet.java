package io.clinicflow.aftercare.plans;

import java.util.UUID;

/**
 * A session completed for a client whose ClientRegistered has not reached aftercare yet (another topic, so no order
 * between them). Not poison: the listener's retries usually see the client arrive; if not, the event waits in the DLT
 * for replay instead of a plan that ignores the client's consent.
 */
class ClientNotRegisteredYet extends RuntimeException {

    ClientNotRegisteredYet(UUID clientId) {
        super("Client " + clientId + " is not registered with aftercare yet: no contact details or consent");
    }
}
