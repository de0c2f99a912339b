package io.clinicflow.booking.offers;

import java.time.LocalDate;
import java.util.List;

/** The calendar dates (location's zone, both ends inclusive) in which an offered session may take place. */
public record OfferWindow(LocalDate start, LocalDate end) {

    public OfferWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An offer window ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** DESIGN §4: day 28 to day 42 after the completed session's date. */
    public static OfferWindow forNextSession(LocalDate sessionDate) {
        return new OfferWindow(sessionDate.plusDays(28), sessionDate.plusDays(42));
    }

    /** DESIGN §4: 14 days from the date maintenance fell due. */
    public static OfferWindow forMaintenance(LocalDate dueDate) {
        return new OfferWindow(dueDate, dueDate.plusDays(14));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public List<LocalDate> days() {
        return start.datesUntil(end.plusDays(1)).toList();
    }
}
