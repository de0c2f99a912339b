package io.clinicflow.loadtest;

import io.clinicflow.loadtest.Perf.PerfOptions;
import io.clinicflow.loadtest.volume.ChainSize;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PerfOptionsTests {

    @Test
    void aProfileRunsTwentyBookingsASecondForHalfAMinuteUnlessToldOtherwise() {
        PerfOptions options = PerfOptions.parse(new String[]{"profile"});

        assertThat(options.rate()).isEqualTo(20);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.allSteps()).isFalse();
    }

    @Test
    void givenOptionsReplaceTheDefaultsAndTheRestStay() {
        PerfOptions options = PerfOptions.parse(new String[]{"step", "--rates", "5,10", "--all-steps",
                "--warm-up-rate", "7"});

        assertThat(options.mode()).isEqualTo("step");
        assertThat(options.rates()).containsExactly(5.0, 10.0);
        assertThat(options.allSteps()).isTrue();
        assertThat(options.warmUpRate()).isEqualTo(7);
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.stepDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(PerfOptions.parse(new String[0]).rates()).isEqualTo(List.of(2.0, 5.0, 10.0, 20.0, 30.0, 40.0,
                80.0, 160.0));
    }

    @Test
    void aVolumeRunComparesAYearOfTwoHundredLocationsAtFiveJourneysASecondUnlessToldOtherwise() {
        PerfOptions options = PerfOptions.parse(new String[]{"volume"});

        assertThat(options.size()).isEqualTo(new ChainSize(200, 1));
        assertThat(options.rate()).isEqualTo(5);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(PerfOptions.parse(new String[]{"load"}).rate()).isEqualTo(10);
    }

    @Test
    void theSeederTakesTheChainsSizeAndAVolumeRunItsRateFromTheCommandLine() {
        assertThat(PerfOptions.parse(new String[]{"seed", "--locations", "3", "--years", "0.5"}).size())
                .isEqualTo(new ChainSize(3, 0.5));
        assertThat(PerfOptions.parse(new String[]{"volume", "--locations", "1", "--years", "0.01", "--rate", "2"}))
                .extracting(PerfOptions::size, PerfOptions::rate).containsExactly(new ChainSize(1, 0.01), 2.0);
    }

    @Test
    void aChainWithoutLocationsOrHistoryIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PerfOptions.parse(new String[]{"seed", "--locations", "0"}))
                .withMessageContaining("0 locations");
        assertThatIllegalArgumentException().isThrownBy(() -> PerfOptions.parse(new String[]{"volume", "--years", "0"}));
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanIgnored() {
        assertThatIllegalArgumentException().isThrownBy(() -> PerfOptions.parse(new String[]{"load", "--rte", "5"}))
                .withMessageContaining("--rte");
    }
}
