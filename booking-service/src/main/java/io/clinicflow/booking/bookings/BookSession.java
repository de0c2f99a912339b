package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** A request to book a session: who, where, with whom, when, what. Areas and concerns are sets, kept in order. */
public record BookSession(ClientId clientId, LocationId locationId, PractitionerId practitionerId, Instant startsAt,
                          List<TreatmentArea> treatmentAreas, List<Concern> concerns) {

    public BookSession {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(startsAt, "startsAt");
        treatmentAreas = List.copyOf(setOf(TreatmentArea.class, treatmentAreas));
        concerns = List.copyOf(setOf(Concern.class, concerns));
    }

    /** The same session with another practitioner at another time. */
    BookSession movedTo(PractitionerId practitioner, Instant newStart) {
        return new BookSession(clientId, locationId, practitioner, newStart, treatmentAreas, concerns);
    }

    /** Equal for two requests that ask for the same booking, whatever the offset or order they were written in. */
    String fingerprint() {
        return String.join("|", clientId.toString(), locationId.toString(), practitionerId.toString(),
                startsAt.toString(), treatmentAreas.toString(), concerns.toString());
    }

    private static <E extends Enum<E>> EnumSet<E> setOf(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }
}
