package io.clinicflow.faults;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsTests {

    @ParameterizedTest(name = "{0}:30 UTC -> 11:30 local")
    @ValueSource(ints = {0, 1, 5, 11, 12, 13, 22, 23})
    void picksAZoneWhereItIsLateMorningWhateverTheUtcHour(int utcHour) {
        Instant now = Instant.parse("2026-11-26T00:30:00Z").plusSeconds(utcHour * 3600L);

        assertThat(now.atZone(Slots.lateMorningZone(now)).getHour()).isEqualTo(11);
    }
}
