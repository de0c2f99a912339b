package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.Availability;
import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.practitioners.Practitioner;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.booking.practitioners.Practitioners;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the slots of an offer: the earliest free slot of each of the first days in the window that have one, with
 * the client's practitioner first; days the practitioner has none are then filled with the location's others.
 */
@Component
class OfferedSlots {

    static final int OFFERED = 3;

    private final Availability availability;
    private final Practitioners practitioners;

    OfferedSlots(Availability availability, Practitioners practitioners) {
        this.availability = availability;
        this.practitioners = practitioners;
    }

    List<Slot> choose(Location location, PractitionerId preferred, OfferWindow window, Duration length) {
        List<Slot> chosen = new ArrayList<>(earliestPerDay(location, List.of(practitioners.get(preferred)),
                window.days(), length, OFFERED));
        if (chosen.size() < OFFERED) {
            Set<LocalDate> taken = chosen.stream().map(slot -> dateOf(slot, location)).collect(Collectors.toSet());
            List<LocalDate> otherDays = window.days().stream().filter(day -> !taken.contains(day)).toList();
            List<Practitioner> others = practitioners.at(location.id()).stream()
                    .filter(practitioner -> !practitioner.id().equals(preferred)).toList();
            chosen.addAll(earliestPerDay(location, others, otherDays, length, OFFERED - chosen.size()));
        }
        return chosen.stream().sorted(Slot.EARLIEST_FIRST).toList();
    }

    private List<Slot> earliestPerDay(Location location, List<Practitioner> who, List<LocalDate> days,
                                      Duration length, int wanted) {
        List<Slot> found = new ArrayList<>();
        for (LocalDate day : days) {
            if (found.size() == wanted) {
                break;
            }
            earliest(location, who, day, length).ifPresent(found::add);
        }
        return found;
    }

    private Optional<Slot> earliest(Location location, List<Practitioner> who, LocalDate day, Duration length) {
        return who.stream().flatMap(practitioner -> availability.slots(location, practitioner, day, length).stream())
                .min(Slot.EARLIEST_FIRST);
    }

    private static LocalDate dateOf(Slot slot, Location location) {
        return slot.startsAt().atZone(location.timeZone()).toLocalDate();
    }
}
