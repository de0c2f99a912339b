package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class BookingController {

    record BookingRequest(@NotNull UUID clientId, @NotNull UUID locationId, @NotNull UUID practitionerId,
                          @NotNull OffsetDateTime startsAt, @NotEmpty List<@NotNull TreatmentArea> treatmentAreas,
                          List<@NotNull Concern> concerns) {

        BookSession toCommand() {
            return new BookSession(new ClientId(clientId), new LocationId(locationId),
                    new PractitionerId(practitionerId), startsAt.toInstant(), treatmentAreas,
                    concerns == null ? List.of() : concerns);
        }
    }

    private final FrontDesk frontDesk;

    BookingController(FrontDesk frontDesk) {
        this.frontDesk = frontDesk;
    }

    @PostMapping("/api/v1/bookings")
    ResponseEntity<BookingView> book(@RequestHeader("Idempotency-Key") String idempotencyKey,
                                     @Valid @RequestBody BookingRequest body) {
        if (idempotencyKey.isBlank()) {
            throw new InvalidRequestException("Idempotency-Key", "must not be blank");
        }
        Booking booking = frontDesk.book(body.toCommand(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.id())).body(BookingView.of(booking));
    }

    @GetMapping("/api/v1/bookings/{id}")
    BookingView one(@PathVariable UUID id) {
        return BookingView.of(frontDesk.get(new BookingId(id)));
    }

    @GetMapping("/api/v1/clients/{id}/bookings")
    List<BookingView> ofClient(@PathVariable UUID id) {
        return frontDesk.of(new ClientId(id)).stream().map(BookingView::of).toList();
    }
}
