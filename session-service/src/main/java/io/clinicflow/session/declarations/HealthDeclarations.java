package io.clinicflow.session.declarations;

import io.clinicflow.kernel.Journey;
import io.clinicflow.kernel.RandomUuid;
import io.clinicflow.session.bookings.BookingRepository;
import io.clinicflow.session.clients.Client;
import io.clinicflow.session.clients.ClientDirectory;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.locations.LocationId;
import io.clinicflow.kernel.ClientErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** Takes clients' health declarations; every submission is kept and the latest one counts. */
@Component
public class HealthDeclarations {

    /**
     * The client's zone is not known here, so "the future" starts after today in the last time zone to reach a
     * date: no client anywhere is refused a date that is already today where they are.
     */
    private static final ZoneId LAST_ZONE_TO_REACH_A_DATE = ZoneId.of("Pacific/Kiritimati");
    static final LocationId UNKNOWN_LOCATION = new LocationId("unknown");

    private final HealthDeclarationRepository declarations;
    private final ClientDirectory clients;
    private final BookingRepository bookings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthDeclarations(HealthDeclarationRepository declarations, ClientDirectory clients, BookingRepository bookings,
                       ApplicationEventPublisher events, Clock clock) {
        this.declarations = declarations;
        this.clients = clients;
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the declaration; an erased client's is refused with 410 (their health data is gone for good). */
    @Transactional
    public HealthDeclaration submit(ClientId clientId, Map<String, Object> answers) {
        Optional<Client> client = clients.find(clientId);
        if (client.filter(Client::erased).isPresent()) {
            throw new ClientErased(clientId.value());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HealthDeclaration declaration = new HealthDeclaration(DeclarationId.random(), clientId, now,
                Answers.parse(answers, LocalDate.ofInstant(now, LAST_ZONE_TO_REACH_A_DATE)));
        declarations.add(declaration);
        Journey journey = new Journey(RandomUuid.next().toString(), null, clientId.toString(),
                locationOf(clientId, client).toString());
        events.publishEvent(new HealthDeclarationSubmitted(RandomUuid.next(), declaration, journey));
        return declaration;
    }

    /** The client's home location, else where they last booked, else unknown (the client may be brand new). */
    private LocationId locationOf(ClientId clientId, Optional<Client> client) {
        return client.map(Client::homeLocationId)
                .or(() -> bookings.latestLocationOf(clientId))
                .orElse(UNKNOWN_LOCATION);
    }
}
