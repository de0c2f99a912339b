package io.clinicflow.booking.clients;

import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.ClinicDate;
import io.clinicflow.web.PageQuery;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    record ConsentRequest(@NotNull Boolean email, @NotNull Boolean sms) {
    }

    /** Lengths from what a clinic needs (ADR 0037): a name of 100 characters, an e-mail address of RFC 5321's 254. */
    record ClientRequest(@NotBlank @PlainText(max = 100) String firstName, @NotBlank @PlainText(max = 100) String lastName,
                         @NotBlank @Email @PlainText(max = 254) String email, @PlainText(max = 32) String phone,
                         @NotNull @Past @ClinicDate(from = ClinicDate.EARLIEST_BIRTH) LocalDate dateOfBirth,
                         @NotNull UUID homeLocationId, @NotNull @Valid ConsentRequest consent) {

        Clients.NewClient toNewClient() {
            return new Clients.NewClient(firstName, lastName, email, phone, dateOfBirth,
                    new LocationId(homeLocationId), new Consent(consent.email(), consent.sms()));
        }
    }

    record ClientView(UUID id, String firstName, String lastName, String email, String phone, LocalDate dateOfBirth,
                      UUID homeLocationId, Consent consent) {
        static ClientView of(Client client) {
            return new ClientView(client.id().value(), client.firstName(), client.lastName(), client.email(),
                    client.phone(), client.dateOfBirth(), client.homeLocationId().value(), client.consent());
        }
    }

    private final Clients clients;
    private final LocationScope scope;

    ClientController(Clients clients, LocationScope scope) {
        this.clients = clients;
        this.scope = scope;
    }

    @PostMapping
    ResponseEntity<ClientView> register(@Valid @RequestBody ClientRequest body) {
        scope.requireLocation(body.homeLocationId(), "location", body.homeLocationId());
        Client client = clients.register(body.toNewClient());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id())).body(ClientView.of(client));
    }

    /** In the order they registered, a page at a time (ADR 0037). */
    @GetMapping
    List<ClientView> all(@Valid PageQuery paging) {
        return clients.visibleTo(scope, paging.page()).stream().map(ClientView::of).toList();
    }

    @GetMapping("/{id}")
    ClientView one(@PathVariable UUID id) {
        return ClientView.of(clients.visibleTo(scope, new ClientId(id)));
    }

    /** The client's right to erasure, asked at the front desk (ADR 0030); asking again answers the same. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        clients.erase(scope, new ClientId(id));
        return ResponseEntity.noContent().build();
    }
}
