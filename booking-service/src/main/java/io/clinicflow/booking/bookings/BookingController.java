package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.clients.Clients;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.ClinicDate;
import io.clinicflow.web.PlainText;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.clinicflow.web.PlainText.LINES;

@RestController
class BookingController {

    /**
     * {@code courseId} books a later session of that course; else {@code courseLength} (3–6) opens a new one. A
     * session treats at most every area and concern there is once (ADR 0037).
     */
    record BookingRequest(@NotNull UUID clientId, @NotNull UUID locationId, @NotNull UUID practitionerId,
                          @NotNull @ClinicDate OffsetDateTime startsAt,
                          @NotNull @Size(min = 1, max = 8) List<@NotNull TreatmentArea> treatmentAreas,
                          @Size(max = 7) List<@NotNull Concern> concerns, @Min(3) @Max(6) Integer courseLength,
                          UUID courseId) {

        BookSession toCommand() {
            return new BookSession(new ClientId(clientId), new LocationId(locationId),
                    new PractitionerId(practitionerId), startsAt.toInstant(), treatmentAreas,
                    concerns == null ? List.of() : concerns);
        }

        CourseRequest course() {
            if (courseId != null && courseLength != null) {
                throw new InvalidRequestException("courseLength", "A later session of a course cannot set its length");
            }
            return new CourseRequest(courseId, courseLength);
        }
    }

    /** Every field optional (DESIGN §7): cancelled by the client, this session only, unless it says otherwise. */
    record CancelRequest(CancelledBy cancelledBy, @PlainText(max = 500, characters = LINES) String reason,
                         Boolean cancelCourse) {

        static final CancelRequest BY_CLIENT = new CancelRequest(null, null, null);

        CancelledBy by() {
            return cancelledBy == null ? CancelledBy.CLIENT : cancelledBy;
        }
    }

    record RescheduleRequest(@NotNull @ClinicDate OffsetDateTime startsAt, UUID practitionerId) {
    }

    private final FrontDesk frontDesk;
    private final Clients clients;
    private final LocationScope scope;

    BookingController(FrontDesk frontDesk, Clients clients, LocationScope scope) {
        this.frontDesk = frontDesk;
        this.clients = clients;
        this.scope = scope;
    }

    /** The booking, if the caller covers its location; else 404 as for an unknown id (ADR 0024). */
    private BookingId visible(UUID id) {
        scope.require(frontDesk.get(new BookingId(id)), booking -> booking.locationId().value(), "booking", id);
        return new BookingId(id);
    }

    /** A UUID is 36 characters; a key is the primary key of booking_request, whose index takes about 2.7 KB. */
    private static final int MAX_IDEMPOTENCY_KEY = 255;

    @PostMapping("/api/v1/bookings")
    ResponseEntity<BookingView> book(@RequestHeader("Idempotency-Key") String idempotencyKey,
                                     @Valid @RequestBody BookingRequest body) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidRequestException("Idempotency-Key",
                    "must not be blank and at most " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        scope.requireLocation(body.locationId(), "location", body.locationId());
        Booking booking = frontDesk.book(body.toCommand(), body.course(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.id())).body(BookingView.of(booking));
    }

    @PostMapping("/api/v1/bookings/{id}/cancel")
    BookingView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelRequest body) {
        CancelRequest request = body == null ? CancelRequest.BY_CLIENT : body;
        return BookingView.of(frontDesk.cancel(visible(id), request.by(), request.reason(),
                Boolean.TRUE.equals(request.cancelCourse())));
    }

    @PostMapping("/api/v1/bookings/{id}/reschedule")
    BookingView reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest body) {
        return BookingView.of(frontDesk.reschedule(visible(id), body.startsAt().toInstant(),
                Optional.ofNullable(body.practitionerId()).map(PractitionerId::new)));
    }

    @PostMapping("/api/v1/bookings/{id}/no-show")
    BookingView noShow(@PathVariable UUID id) {
        return BookingView.of(frontDesk.markNoShow(visible(id)));
    }

    @GetMapping("/api/v1/bookings/{id}")
    BookingView one(@PathVariable UUID id) {
        return BookingView.of(frontDesk.get(visible(id)));
    }

    /** In time order, a page at a time (ADR 0037): the default page holds the busiest location's day. */
    @GetMapping("/api/v1/locations/{id}/bookings")
    List<BookingView> atLocation(@PathVariable UUID id, @RequestParam @ClinicDate LocalDate date,
                                 @Valid PageQuery paging) {
        scope.requireLocation(id, "location", id);
        return frontDesk.on(new LocationId(id), date, paging.page()).stream().map(BookingView::of).toList();
    }

    /** In time order, a page at a time (ADR 0037); bookings at locations the caller does not cover are left out. */
    @GetMapping("/api/v1/clients/{id}/bookings")
    List<BookingView> ofClient(@PathVariable UUID id, @Valid PageQuery paging) {
        ClientId client = clients.visibleTo(scope, new ClientId(id)).id();
        return frontDesk.of(client, scope, paging.page()).stream().map(BookingView::of).toList();
    }
}
