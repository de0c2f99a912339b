package io.clinicflow.aftercare.clients;

import io.clinicflow.messaging.Inbox;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

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
    public void register(ClientContact contact, String homeLocationId, String eventId) {
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            clients.save(contact, homeLocationId, clock.instant());
        }
    }

    /** A ClientRegistered that no longer opens: the client was erased before it reached us (ADR 0030). */
    @Transactional
    public void registerErased(ClientId clientId, String homeLocationId, String eventId) {
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            erase(clientId, homeLocationId);
        }
    }

    /** Forgets the client's name and addresses for good; called inside the erasure's transaction. */
    public void erase(ClientId clientId, String homeLocationId) {
        clients.erase(clientId, homeLocationId, clock.instant());
    }

    /** The client's contact; empty for a client not registered yet, or erased. */
    @Transactional(readOnly = true)
    public Optional<ClientContact> find(ClientId clientId) {
        return clients.find(clientId);
    }

    @Transactional(readOnly = true)
    public boolean erased(ClientId clientId) {
        return clients.erased(clientId);
    }

    /**
     * 404 for a client never registered, and for one whose home location the caller does not cover (ADR 0024); a
     * client registered without a known home location is visible to chain-wide staff only.
     */
    @Transactional(readOnly = true)
    public void requireVisible(ClientId clientId, LocationScope scope) {
        boolean visible = clients.homeLocation(clientId)
                .map(home -> home.map(scope::covers).orElseGet(scope::chainWide)).orElse(false);
        if (!visible) {
            throw new NotFoundException("client", clientId);
        }
    }
}
