package io.clinicflow.session;

import io.clinicflow.avro.booking.BookingAwaitingDeclaration;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingMarkedNoShow;
import io.clinicflow.avro.booking.BookingRescheduled;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.testkit.ContractEvents;
import org.apache.avro.specific.SpecificRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Plays booking-service: builds its events as it would and publishes them to its topic, key = clientId. */
public final class BookingServiceStandIn {

    public static final String ZONE = "Europe/London";

    /** A booking as booking-service announced it. */
    public record BookedSession(UUID clientId, UUID bookingId, String locationId, SessionBooked event) {
        public String eventId() {
            return event.getMeta().getEventId();
        }
    }

    public ClientRegistered registerClient(UUID clientId, LocalDate dateOfBirth, String homeLocationId) {
        ClientRegistered event = journey(clientId, homeLocationId)
                .clientRegistered(new ClientPersonalData("Ada", "Lovelace", clientId + "@example.org", null, dateOfBirth))
                .setEmailConsent(true)
                .build();
        publish(event);
        return event;
    }

    /** The client asks to be forgotten: publishes ClientErasureRequested. */
    public ClientErasureRequested requestErasure(UUID clientId, String homeLocationId) {
        EventMetadata meta = journey(clientId, homeLocationId).meta(ClientErasureRequested.class);
        ClientErasureRequested event = new ClientErasureRequested(meta, clientId.toString(), meta.getOccurredAt());
        publish(event);
        return event;
    }

    /** Books a 60-minute FACE and NECK session, session 1 of a 3-session course, and publishes SessionBooked. */
    public BookedSession book(UUID clientId, Instant startsAt) {
        BookedSession booking = sessionBooked(clientId, startsAt);
        publish(booking.event());
        return booking;
    }

    /** Books session {@code sessionNumber} of 3 of the course, and publishes SessionBooked. */
    public BookedSession bookInCourse(UUID clientId, Instant startsAt, String courseId, int sessionNumber) {
        BookedSession booking = sessionBooked(clientId, startsAt);
        booking.event().setCourseId(courseId);
        booking.event().setSessionNumber(sessionNumber);
        publish(booking.event());
        return booking;
    }

    /** The SessionBooked that {@link #book} would publish, not published yet. */
    public BookedSession sessionBooked(UUID clientId, Instant startsAt) {
        return sessionBooked(clientId, startsAt, UUID.randomUUID().toString());
    }

    /** Books at the given location and publishes SessionBooked. */
    public BookedSession bookAt(String locationId, UUID clientId, Instant startsAt) {
        BookedSession booking = sessionBooked(clientId, startsAt, locationId);
        publish(booking.event());
        return booking;
    }

    private BookedSession sessionBooked(UUID clientId, Instant startsAt, String locationId) {
        UUID bookingId = UUID.randomUUID();
        SessionBooked event = journey(clientId, locationId).sessionBooked(bookingId.toString())
                .setStartsAt(startsAt).setEndsAt(startsAt.plus(Duration.ofMinutes(60))).setTimeZone(ZONE)
                .setTreatmentAreas(List.of(TreatmentArea.FACE, TreatmentArea.NECK))
                .setCourseId("course-" + bookingId).setSessionNumber(1).setCourseLength(3)
                .build();
        return new BookedSession(clientId, bookingId, locationId, event);
    }

    public void confirm(BookedSession booking) {
        publish(BookingConfirmed.newBuilder().setMeta(following(BookingConfirmed.class, booking))
                .setBookingId(booking.bookingId().toString()).build());
    }

    public void decline(BookedSession booking) {
        publish(BookingDeclined.newBuilder().setMeta(following(BookingDeclined.class, booking))
                .setBookingId(booking.bookingId().toString()).build());
    }

    public void awaitDeclaration(BookedSession booking) {
        publish(BookingAwaitingDeclaration.newBuilder().setMeta(following(BookingAwaitingDeclaration.class, booking))
                .setBookingId(booking.bookingId().toString()).build());
    }

    public void cancel(BookedSession booking) {
        publish(BookingCancelled.newBuilder().setMeta(following(BookingCancelled.class, booking))
                .setBookingId(booking.bookingId().toString()).setCancelledBy("CLIENT")
                .setCourseId(booking.event().getCourseId()).setCourseCancelled(false).build());
    }

    public void markNoShow(BookedSession booking) {
        publish(BookingMarkedNoShow.newBuilder().setMeta(following(BookingMarkedNoShow.class, booking))
                .setBookingId(booking.bookingId().toString()).build());
    }

    /** Moves the booking to {@code startsAt} (same length, same practitioner) and publishes BookingRescheduled. */
    public BookingRescheduled reschedule(BookedSession booking, Instant startsAt) {
        BookingRescheduled event = BookingRescheduled.newBuilder().setMeta(following(BookingRescheduled.class, booking))
                .setBookingId(booking.bookingId().toString()).setPractitionerId(booking.event().getPractitionerId())
                .setStartsAt(startsAt).setEndsAt(startsAt.plus(Duration.ofMinutes(60)))
                .setPreviousStartsAt(booking.event().getStartsAt()).build();
        publish(event);
        return event;
    }

    public void publish(SpecificRecord event) {
        ContractEvents.publish(event);
    }

    private static EventMetadata following(Class<? extends SpecificRecord> type, BookedSession booking) {
        return ContractEvents.following(booking.event().getMeta()).meta(type);
    }

    private static ContractEvents journey(UUID clientId, String locationId) {
        return ContractEvents.of(clientId.toString(), locationId);
    }
}
