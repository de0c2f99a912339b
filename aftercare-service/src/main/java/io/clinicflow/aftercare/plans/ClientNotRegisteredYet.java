package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.messaging.EventArrivedEarly;

/**
 * A session completed for a client whose ClientRegistered has not reached aftercare yet (another topic, so no order
 * between them; after a restart the booking-topic listener can be minutes behind). Retried patiently; if the client
 * never arrives the event waits in the DLT for replay instead of a plan that ignores the client's consent.
 */
class ClientNotRegisteredYet extends EventArrivedEarly {

    ClientNotRegisteredYet(ClientId clientId) {
        super("Client " + clientId + " is not registered with aftercare yet: no contact details or consent");
    }
}
