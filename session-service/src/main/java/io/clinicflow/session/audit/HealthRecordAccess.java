package io.clinicflow.session.audit;

import io.clinicflow.audit.PhiAuditLog;
import io.clinicflow.security.LocationScope;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.bookings.BookingRepository;
import io.clinicflow.session.clients.Client;
import io.clinicflow.session.clients.ClientDirectory;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.locations.LocationId;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Opens a client's health records to the caller: only at a location the token covers (else 404, ADR 0024), and
 * every opening is written to the {@link PhiAudit} with the caller's purpose ({@code X-Purpose}) or the endpoint's.
 */
@Component
public class HealthRecordAccess {

    /** The request header in which a caller states why it opens health data. */
    public static final String PURPOSE_HEADER = PhiAuditLog.PURPOSE_HEADER;

    private final BookingRepository bookings;
    private final ClientDirectory clients;
    private final LocationScope scope;
    private final PhiAudit audit;

    HealthRecordAccess(BookingRepository bookings, ClientDirectory clients, LocationScope scope, PhiAudit audit) {
        this.bookings = bookings;
        this.clients = clients;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * The booking whose records are opened, if the caller covers its location: 404 otherwise, and for a booking
     * session-service has not heard of.
     */
    public Booking booking(BookingId bookingId) {
        return visibleBooking(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    /**
     * The booking if session-service knows it and the caller covers its location; empty otherwise, alike for both,
     * so that a caller who asked by another record's id can answer 404 for that id without naming the booking.
     */
    public Optional<Booking> visibleBooking(BookingId bookingId) {
        return bookings.find(bookingId).filter(booking -> covers(booking.locationId()));
    }

    /**
     * The booking if session-service knows it and the caller covers its location (404 if not). An unknown booking
     * (SessionBooked may still be in flight) is empty for chain-wide staff, 404 for staff of some locations only.
     */
    public Optional<Booking> bookingIfKnown(BookingId bookingId) {
        Optional<Booking> booking = bookings.find(bookingId);
        if (booking.map(known -> covers(known.locationId())).orElseGet(scope::chainWide)) {
            return booking;
        }
        throw new NotFoundException("booking", bookingId);
    }

    /**
     * 404 unless the caller covers the client's home location. A client whose ClientRegistered has not arrived yet
     * has no known location: only chain-wide staff may write for them meanwhile (ADR 0024).
     */
    public void requireClient(ClientId clientId) {
        boolean visible = clients.find(clientId).map(Client::homeLocationId).map(this::covers)
                .orElseGet(scope::chainWide);
        if (!visible) {
            throw new NotFoundException("client", clientId);
        }
    }

    public void logged(ClientId clientId, AuditEntry.RecordType type, UUID recordId, AuditEntry.Action action,
                       String purpose) {
        audit.record(clientId, type, recordId, action, purpose);
    }

    private boolean covers(LocationId location) {
        return scope.covers(location.value());
    }
}
