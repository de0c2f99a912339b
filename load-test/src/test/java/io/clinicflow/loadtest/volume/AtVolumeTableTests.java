package io.clinicflow.loadtest.volume;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AtVolumeTableTests {

    private static final ChainSize YEAR = new ChainSize(200, 1);

    @Test
    void aLatencyMeetsItsGoalUpToOneAndAHalfTimesItsValueEmpty() {
        String table = AtVolumeTable.markdown(YEAR,
                List.of(Reading.latency("POST /bookings p99", 40), Reading.latency("availability p99", 20)),
                List.of(Reading.latency("POST /bookings p99", 60), Reading.latency("availability p99", 32)));

        assertThat(table).startsWith("| measure | empty | at 200 locations × 1 years |")
                .contains("| POST /bookings p99 | 40.0 ms | 60.0 ms | 1.50 | ratio ≤ 1.5 | yes |")
                .contains("| availability p99 | 20.0 ms | 32.0 ms | 1.60 | ratio ≤ 1.5 | **no** |");
    }

    @Test
    void theHeaderNamesTheHistoryAndRowsKeepTheEmptyRunsOrder() {
        String table = AtVolumeTable.markdown(new ChainSize(3, 0.5),
                List.of(Reading.latency("b", 1), Reading.latency("a", 1)),
                List.of(Reading.latency("a", 1), Reading.latency("b", 1)));

        assertThat(table.lines().toList()).startsWith("| measure | empty | at 3 locations × 0.5 years | ratio | goal | meets |",
                "|---|---:|---:|---:|---|---|");
        assertThat(table.indexOf("| b |")).isLessThan(table.indexOf("| a |"));
    }

    @Test
    void theDashboardMustBeReadyInThirtySecondsAtVolumeHoweverFastItWasEmpty() {
        List<Reading> readyEmpty = List.of(ready(5));

        assertThat(AtVolumeTable.markdown(YEAR, readyEmpty, List.of(ready(29.5))))
                .contains("| ops-dashboard ready | 5.00 s | 29.5 s | 5.90 | ≤ 30 s at one year | yes |");
        assertThat(AtVolumeTable.markdown(YEAR, readyEmpty, List.of(ready(31))))
                .contains("| 31.0 s | 6.20 | ≤ 30 s at one year | **no** |");
        assertThat(AtVolumeTable.markdown(YEAR, readyEmpty,
                List.of(ready(Double.POSITIVE_INFINITY)))).contains("| never | ∞ |").contains("**no**");
    }

    @Test
    void theHeapIsShownAndNotJudged() {
        assertThat(AtVolumeTable.markdown(YEAR, List.of(new Reading("ops-dashboard heap", 80, "MB", Goal.NONE)),
                List.of(new Reading("ops-dashboard heap", 400, "MB", Goal.NONE))))
                .contains("| ops-dashboard heap | 80.0 MB | 400.0 MB | 5.00 | – | – |");
    }

    @Test
    void aMeasureMissingOnEitherSideOrGrownFromNothingMeetsNothing() {
        String table = AtVolumeTable.markdown(YEAR,
                List.of(Reading.latency("gone", 3), Reading.latency("none yet", Double.NaN),
                        Reading.latency("from nothing", 0)),
                List.of(Reading.latency("none yet", 4), Reading.latency("from nothing", 0.5)));

        assertThat(table).contains("| gone | 3.00 ms | n/a | n/a | ratio ≤ 1.5 | **no** |")
                .contains("| none yet | n/a | 4.00 ms | n/a | ratio ≤ 1.5 | **no** |")
                .contains("| from nothing | 0.00 ms | 0.50 ms | ∞ | ratio ≤ 1.5 | **no** |");
    }

    @Test
    void twoMeasuresOfNothingAreFlat() {
        assertThat(Goal.RATIO.met(0, 0)).isTrue();
        assertThat(Goal.ratio(0, 0)).isEqualTo(1);
    }

    private static Reading ready(double seconds) {
        return new Reading("ops-dashboard ready", seconds, "s", Goal.READY_IN_30_S);
    }
}
