package io.clinicflow.booking.clients;

import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.kernel.Journey;
import io.clinicflow.privacy.ClientKeys;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.ClientErased;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.kernel.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registers clients and tells the other services (ClientRegistered: session-service needs the date of birth), and
 * erases them when they ask to be forgotten (ADR 0030).
 */
@Service
public class Clients {

    /** What a new client tells the front desk. */
    public record NewClient(String firstName, String lastName, String email, String phone, LocalDate dateOfBirth,
                            LocationId homeLocationId, Consent consent) {
    }

    private final ClientRepository repository;
    private final Locations locations;
    private final ApplicationEventPublisher events;
    private final ClientKeys keys;
    private final Clock clock;

    Clients(ClientRepository repository, Locations locations, ApplicationEventPublisher events, ClientKeys keys,
            Clock clock) {
        this.repository = repository;
        this.locations = locations;
        this.events = events;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public Client register(NewClient details) {
        locations.get(details.homeLocationId());
        Client client = new Client(ClientId.random(), details.firstName(), details.lastName(), details.email(),
                details.phone(), details.dateOfBirth(), details.homeLocationId(), details.consent(), clock.instant());
        repository.add(client);
        events.publishEvent(new ClientRegistered(client,
                Journey.start(client.id().value(), client.homeLocationId().value())));
        return client;
    }

    /**
     * Forgets the client's personal data here and, by destroying their key, in every event ever published; then tells
     * the other services. The key goes first: it lives in another database, so if this transaction fails after it,
     * the client's data can no longer be opened anywhere and the front desk's retry finishes the erasure (ADR 0030).
     * CRM subscribers get a tombstone under the client's key.
     * An erased client's bookings stay. Erasing an erased client again changes nothing.
     */
    @Transactional
    public void erase(LocationScope scope, ClientId id) {
        Optional<Client> client = inScope(scope, id);
        if (client.isEmpty()) {
            return;
        }
        keys.destroy(id.value());
        Instant now = clock.instant();
        if (repository.erase(id, now)) {
            events.publishEvent(new ClientErasureRequested(id, now,
                    Journey.start(id.value(), client.get().homeLocationId().value())));
        }
    }

    /** Whether the client asked to be forgotten: then nothing personal of theirs is written again (ADR 0043). */
    @Transactional(readOnly = true)
    public boolean isErased(ClientId id) {
        return repository.findErased(id).isPresent();
    }

    /**
     * The client if the caller covers their home location; else, as for an id that names none, a 404 (ADR 0024).
     * An erased client is 410 Gone, for callers who cover their location only.
     */
    @Transactional(readOnly = true)
    public Client visibleTo(LocationScope scope, ClientId id) {
        return inScope(scope, id).orElseThrow(() -> new ClientErased(id.value()));
    }

    /** The client; 410 once erased, 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Client get(ClientId id) {
        return repository.find(id).orElseThrow(() -> {
            erased(id);
            return new ClientErased(id.value());
        });
    }

    /** The client, or empty once erased; 404 for an id that names none or a client of a location not covered. */
    private Optional<Client> inScope(LocationScope scope, ClientId id) {
        Optional<Client> client = repository.find(id);
        if (client.isEmpty()) {
            scope.require(erased(id), erased -> erased.homeLocationId().value(), "client", id);
        }
        return client.map(found -> scope.require(found, whole -> whole.homeLocationId().value(), "client", id));
    }

    private ErasedClient erased(ClientId id) {
        return repository.findErased(id).orElseThrow(() -> new NotFoundException("client", id));
    }

    /** A page of the clients of the locations the caller covers, in the order they registered. */
    @Transactional(readOnly = true)
    public List<Client> visibleTo(LocationScope scope, Page page) {
        return repository.page(locations.coveredBy(scope), page);
    }
}
