package io.clinicflow.booking.clients;

import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.security.LocationScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import org.springframework.http.ResponseEntity;
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

    record ClientRequest(@NotBlank String firstName, @NotBlank String lastName, @NotBlank @Email String email,
                         String phone, @NotNull @Past LocalDate dateOfBirth, @NotNull UUID homeLocationId,
                         @NotNull @Valid ConsentRequest consent) {

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

    @GetMapping
    List<ClientView> all() {
        return scope.visible(clients.all(), client -> client.homeLocationId().value()).stream()
                .map(ClientView::of).toList();
    }

    @GetMapping("/{id}")
    ClientView one(@PathVariable UUID id) {
        return ClientView.of(clients.visibleTo(scope, new ClientId(id)));
    }
}
