package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.clinicflow.booking.bookings.BookingStatus.*;

/**
 * The status each booking of a location reached (ADR 0060). In the past: exactly the location's share of completed
 * sessions, picked at random among its past bookings (selection sampling, so the count is exact); the rest cycle
 * through a fixed mix of how else a booking ends; the latest is still checked in. Ahead: a fixed mix of confirmed,
 * still being screened, waiting for a declaration or a review, and cancelled ahead of time.
 */
final class BookingMix {

    /** Of twenty past bookings that were not treated: 12 cancelled, 4 no-shows, 2 deferred, 1 declined, 1 abandoned. */
    static final List<BookingStatus> PAST = mix(Stream.of(
            nTimes(12, CANCELLED), nTimes(4, NO_SHOW), nTimes(2, DEFERRED), nTimes(1, DECLINED), nTimes(1, ABANDONED)));
    /** Of twenty bookings ahead: 14 confirmed, 2 awaiting a declaration, 1 in screening, 1 in review, 2 cancelled. */
    static final List<BookingStatus> AHEAD = mix(Stream.of(nTimes(14, CONFIRMED), nTimes(2, AWAITING_DECLARATION),
            nTimes(1, PENDING_SCREENING), nTimes(1, PENDING_REVIEW), nTimes(2, CANCELLED)));

    private final long past;
    private long candidatesLeft;
    private long completedLeft;
    private long untreated;

    BookingMix(long past, long completed) {
        if (completed > past - 1) {
            throw new IllegalArgumentException(completed + " sessions cannot come from " + past + " past bookings");
        }
        this.past = past;
        this.candidatesLeft = past - 1;
        this.completedLeft = completed;
    }

    /** The status of the {@code i}-th past booking; asked in order, each once. */
    BookingStatus past(long i, SplittableRandom draws) {
        if (i == past - 1) {
            return CHECKED_IN;
        }
        boolean completed = draws.nextLong(candidatesLeft--) < completedLeft;
        if (completed) {
            completedLeft--;
            return COMPLETED;
        }
        return PAST.get((int) (untreated++ % PAST.size()));
    }

    BookingStatus ahead(long j) {
        return AHEAD.get((int) (j % AHEAD.size()));
    }

    private static List<BookingStatus> nTimes(int times, BookingStatus status) {
        return Collections.nCopies(times, status);
    }

    /** Interleaved, so a short history still meets every status early. */
    private static List<BookingStatus> mix(Stream<List<BookingStatus>> groups) {
        List<List<BookingStatus>> lists = groups.toList();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        return IntStream.range(0, longest).boxed()
                .flatMap(round -> lists.stream().filter(list -> list.size() > round).map(list -> list.get(round)))
                .toList();
    }
}
