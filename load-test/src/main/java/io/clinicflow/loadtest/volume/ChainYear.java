package io.clinicflow.loadtest.volume;

import io.clinicflow.loadtest.volume.SeedIds.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The chain's history as the seeder models it (ADR 0060): its locations, practitioners, clients and bookings,
 * computed from the seed whenever a database asks, so the three databases agree without sharing memory.
 */
final class ChainYear {

    /** The front desk books up to four weeks ahead. */
    static final Duration BOOKABLE_AHEAD = Duration.ofDays(28);
    private static final List<String> CITIES = List.of("London", "Dublin", "Amsterdam", "Berlin", "Madrid", "Paris",
            "Lisbon", "Stockholm");
    private static final List<String> ZONES = List.of("Europe/London", "Europe/Dublin", "Europe/Amsterdam",
            "Europe/Berlin", "Europe/Madrid", "Europe/Paris", "Europe/Lisbon", "Europe/Stockholm");
    private static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Mary", "Emmy", "Lise", "Rosalind",
            "Hedy", "Katherine", "Alan", "Edsger", "Tony", "Barbara", "Frances", "Niklaus", "Radia", "Donald");
    private static final List<String> LAST_NAMES = List.of("Lovelace", "Hopper", "Somerville", "Noether", "Meitner",
            "Franklin", "Lamarr", "Johnson", "Turing", "Dijkstra", "Hoare", "Liskov", "Allen", "Wirth", "Perlman",
            "Knuth");

    private final ChainSize size;
    private final Instant now;
    private final SeedIds ids;

    ChainYear(ChainSize size, Instant now, long seed) {
        this.size = size;
        this.now = now;
        this.ids = new SeedIds(seed);
    }

    Instant now() {
        return now;
    }

    Instant historyStarts() {
        return now.minus(Duration.ofMinutes(Math.round(size.years() * 365.25 * 24 * 60)));
    }

    Instant bookableUntil() {
        return now.plus(BOOKABLE_AHEAD);
    }

    SeedIds ids() {
        return ids;
    }

    List<SeededLocation> locations() {
        return IntStream.range(0, size.locations()).mapToObj(i -> new SeededLocation(i, ids.of(Kind.LOCATION, i, 0),
                CITIES.get(i % CITIES.size()) + " " + (i / CITIES.size() + 1), ZoneId.of(ZONES.get(i % ZONES.size()))))
                .toList();
    }

    UUID practitionerId(SeededLocation location, int practitioner) {
        return ids.of(Kind.PRACTITIONER, location.index(), practitioner);
    }

    int clientsPerLocation() {
        return ChainSize.CLIENTS_PER_LOCATION;
    }

    UUID clientId(SeededLocation home, int client) {
        return ids.of(Kind.CLIENT, home.index(), client);
    }

    /** Most consent to email, two in three to SMS; one in five gave no phone number. */
    SeededClient client(SeededLocation home, int client) {
        UUID id = clientId(home, client);
        SplittableRandom draws = new SplittableRandom(id.getLeastSignificantBits());
        String first = FIRST_NAMES.get(draws.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(draws.nextInt(LAST_NAMES.size()));
        String phone = draws.nextInt(5) == 0 ? null : "+4477009" + String.format("%05d", draws.nextInt(100_000));
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(draws.nextInt(45 * 365));
        Instant registeredAt = historyStarts().minus(Duration.ofMinutes(draws.nextLong(60, 400 * 24 * 60)));
        return new SeededClient(id, home, client, first, last, (first + "." + last + "." + home.index() + "." + client
                + "@example.test").toLowerCase(), phone, born, draws.nextInt(100) < 92, draws.nextInt(3) < 2,
                registeredAt);
    }

    void clients(Consumer<SeededClient> each) {
        for (SeededLocation location : locations()) {
            for (int client = 0; client < clientsPerLocation(); client++) {
                each.accept(client(location, client));
            }
        }
    }

    private LocationYear yearAt(SeededLocation location) {
        return new LocationYear(this, location, share(size.bookings(), location), share(size.sessions(), location));
    }

    void bookings(Consumer<SeededBooking> each) {
        locations().forEach(location -> yearAt(location).forEach(each));
    }

    /** The location's part of a chain-wide count: parts differ by at most one and add up to the count. */
    private long share(long total, SeededLocation location) {
        long locations = size.locations();
        return total * (location.index() + 1) / locations - total * location.index() / locations;
    }
}
