package io.clinicflow.booking.clients;

import io.clinicflow.booking.crm.ClientJourneys;
import io.clinicflow.booking.events.AvroEvents;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.messaging.Journey;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Registers clients and tells the other services (ClientRegistered: session-service needs the date of birth). */
@Service
public class Clients {

    /** What a new client tells the front desk. */
    public record NewClient(String firstName, String lastName, String email, String phone, LocalDate dateOfBirth,
                            LocationId homeLocationId, Consent consent) {
    }

    private final ClientRepository repository;
    private final Locations locations;
    private final Outbox outbox;
    private final ClientJourneys journeys;
    private final Clock clock;

    Clients(ClientRepository repository, Locations locations, Outbox outbox, ClientJourneys journeys, Clock clock) {
        this.repository = repository;
        this.locations = locations;
        this.outbox = outbox;
        this.journeys = journeys;
        this.clock = clock;
    }

    @Transactional
    public Client register(NewClient details) {
        locations.get(details.homeLocationId());
        Client client = new Client(ClientId.random(), details.firstName(), details.lastName(), details.email(),
                details.phone(), details.dateOfBirth(), details.homeLocationId(), details.consent(), clock.instant());
        repository.add(client);
        Journey journey = Journey.start(client.id().value(), client.homeLocationId().value());
        outbox.append(AvroEvents.of(new ClientRegistered(client, journey), outbox));
        journeys.registered(journey);
        return client;
    }

    /** The client if the caller covers their home location; else, as for an id that names none, a 404 (ADR 0024). */
    public Client visibleTo(LocationScope scope, ClientId id) {
        return scope.require(get(id), client -> client.homeLocationId().value(), "client", id);
    }

    /** The client, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Client get(ClientId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("client", id));
    }

    @Transactional(readOnly = true)
    public List<Client> all() {
        return repository.all();
    }
}
