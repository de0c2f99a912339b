package io.clinicflow.aftercare.clients;

import io.clinicflow.messaging.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The clients aftercare may contact, as booking-service registered them. */
@Service
public class ClientContacts {

    private static final String CONSUMER = "aftercare-clients";

    private final ClientRepository clients;
    private final Inbox inbox;
    private final Clock clock;

    ClientContacts(ClientRepository clients, Inbox inbox, Clock clock) {
        this.clients = clients;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Transactional
    public void register(ClientContact contact, String eventId) {
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            clients.save(contact, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public Optional<ClientContact> find(UUID clientId) {
        return clients.find(clientId);
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(UUID clientId) {
        return clients.find(clientId).isPresent();
    }
}
