package io.clinicflow.session.sessions;

import io.clinicflow.session.audit.AuditEntry.Action;
import io.clinicflow.session.audit.AuditEntry.RecordType;
import io.clinicflow.session.audit.HealthRecordAccess;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.bookings.TreatmentArea;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static io.clinicflow.web.PlainText.LINES;

@RestController
class SessionController {

    record AreaRequest(@NotNull TreatmentArea area,
                       @NotNull @DecimalMin("0.1") @DecimalMax("3.0") BigDecimal needleDepthMm,
                       @NotNull @Min(1) @Max(10) Integer passes,
                       @PlainText(max = 500, characters = LINES) String depthReason) {
        TreatedArea toTreatedArea() {
            return new TreatedArea(area, needleDepthMm, passes, depthReason);
        }
    }

    /**
     * {@code practitionerId}: who treated, when not the booked practitioner (the default); {@code cartridgeLot}:
     * recorded when given (ADR 0034). Both optional, as DESIGN §7 says. A session treats each of the eight areas at
     * most once; lengths from what a clinic writes (ADR 0037).
     */
    record CompletionRequest(@NotNull @Size(min = 1, max = 8) List<@Valid @NotNull AreaRequest> areas,
                             @NotNull Boolean numbing, @NotBlank @PlainText(max = 100) String device,
                             @PlainText(max = 64) String cartridgeLot, UUID practitionerId,
                             @PlainText(max = 4000, characters = LINES) String notes) {
        TreatmentRecord toTreatmentRecord() {
            return new TreatmentRecord(areas.stream().map(AreaRequest::toTreatedArea).toList(), numbing, device,
                    cartridgeLot, practitionerId, notes);
        }
    }

    record AbandonRequest(@NotNull AbandonReason reasonCategory,
                          @PlainText(max = 4000, characters = LINES) String note) {
    }

    record AbandonmentView(AbandonReason reasonCategory, String note, OffsetDateTime abandonedAt) {
    }

    record SessionView(UUID bookingId, UUID clientId, String status, OffsetDateTime startsAt, OffsetDateTime startedAt,
                       OffsetDateTime completedAt, TreatmentRecord treatment, AbandonmentView abandonment) {
        static SessionView of(TreatmentSession session) {
            Booking booking = session.booking();
            return new SessionView(booking.id().value(), booking.clientId().value(), booking.status().name(),
                    booking.local(booking.startsAt()), session.startedAt().map(booking::local).orElse(null),
                    session.completedAt().map(booking::local).orElse(null), session.treatment().orElse(null),
                    session.abandonment().map(a -> new AbandonmentView(a.reason(), a.note(),
                            booking.local(a.abandonedAt()))).orElse(null));
        }
    }

    private final TreatmentSessions sessions;
    private final HealthRecordAccess access;

    SessionController(TreatmentSessions sessions, HealthRecordAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    /** Runs a change of the booking's session, if the caller covers its location, and audits it. */
    private TreatmentSession written(UUID bookingId, String purpose, Function<BookingId, TreatmentSession> change) {
        Booking booking = access.booking(new BookingId(bookingId));
        TreatmentSession session = change.apply(booking.id());
        access.logged(booking.clientId(), RecordType.SESSION, bookingId, Action.WRITE, purpose);
        return session;
    }

    @PostMapping("/api/v1/sessions/{bookingId}/check-in")
    ResponseEntity<StartedView> checkIn(@PathVariable UUID bookingId, @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "treatment") String purpose) {
        TreatmentSession session = written(bookingId, purpose, sessions::checkIn);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + bookingId)).body(StartedView.of(session));
    }

    @PostMapping("/api/v1/sessions/{bookingId}/complete")
    CompletedView complete(@PathVariable UUID bookingId, @Valid @RequestBody CompletionRequest body, @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "treatment") String purpose) {
        return CompletedView.of(written(bookingId, purpose, id -> sessions.complete(id, body.toTreatmentRecord())));
    }

    @PostMapping("/api/v1/sessions/{bookingId}/abandon")
    SessionView abandon(@PathVariable UUID bookingId, @Valid @RequestBody AbandonRequest body, @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "treatment") String purpose) {
        return SessionView.of(written(bookingId, purpose,
                id -> sessions.abandon(id, body.reasonCategory(), body.note())));
    }

    @GetMapping("/api/v1/sessions/{bookingId}")
    SessionView session(@PathVariable UUID bookingId, @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "treatment") String purpose) {
        Booking booking = access.booking(new BookingId(bookingId));
        access.logged(booking.clientId(), RecordType.SESSION, bookingId, Action.READ, purpose);
        return SessionView.of(sessions.find(booking.id()));
    }

    record StartedView(UUID bookingId, String status, OffsetDateTime startedAt) {
        static StartedView of(TreatmentSession session) {
            Booking booking = session.booking();
            return new StartedView(booking.id().value(), booking.status().name(), booking.local(session.startedAt().orElseThrow()));
        }
    }

    record CompletedView(UUID bookingId, String status, OffsetDateTime completedAt) {
        static CompletedView of(TreatmentSession session) {
            Booking booking = session.booking();
            return new CompletedView(booking.id().value(), booking.status().name(), booking.local(session.completedAt().orElseThrow()));
        }
    }
}
