package io.clinicflow.loadtest.volume;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SeedingTests {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final ChainSize SIZE = new ChainSize(2, 0.5);

    @Test
    void everyPartIsWrittenInTurnForTheSameChainAndMomentAndTheTotalAddsThemUp() {
        List<String> written = new ArrayList<>();
        SeedPart records = standIn("records", written, Map.of("client", 10_000L, "booking", 15_000L), 3 << 20, 12);
        SeedPart events = standIn("events", written, Map.of("clinic.booking.events.v1", 30_000L), 1 << 20, 8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<SeedOutcome> outcomes = Seeding.write(List.of(records, events), null, SIZE, NOW,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(written).containsExactly("records 2 locations x 0.5 years to " + NOW,
                "events 2 locations x 0.5 years to " + NOW);
        assertThat(outcomes).extracting(SeedOutcome::part).containsExactly("records", "events");
        assertThat(Seeding.total(outcomes)).isEqualTo(new SeedOutcome("total", Map.of("items", 55_000L), 4 << 20,
                Duration.ofSeconds(20)));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Seeding 2 locations x 0.5 years: 20 practitioners, 10,000 clients, 15,000 bookings")
                .containsPattern("records +25,000 items +3.0 MB on disk +12.0 s")
                .containsPattern("total +55,000 items +4.0 MB on disk +20.0 s");
    }

    @Test
    void withoutPartsNothingIsWrittenAndTheTotalIsEmpty() {
        assertThat(Seeding.total(List.of())).isEqualTo(new SeedOutcome("total", Map.of("items", 0L), 0, Duration.ZERO));
    }

    /** A part that writes nothing: it notes what it was asked and returns the outcome it was given. */
    private static SeedPart standIn(String name, List<String> written, Map<String, Long> items, long bytes, int seconds) {
        return (infrastructure, size, now) -> {
            written.add(name + " " + size.locations() + " locations x " + size.years() + " years to " + now);
            return new SeedOutcome(name, items, bytes, Duration.ofSeconds(seconds));
        };
    }
}
