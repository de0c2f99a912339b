package io.clinicflow.loadtest;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HopTests {

    @Test
    void measuresWhicheverEndIsSeenFirst() {
        Hop hop = new Hop("test");
        hop.start("a", 1_000);
        hop.end("a", 1_250);
        hop.end("b", 2_400);
        hop.start("b", 2_000);

        assertThat(hop.histogram().getTotalCount()).isEqualTo(2);
        assertThat(hop.histogram().getMaxValue()).isBetween(399L, 401L);
        assertThat(hop.open()).isZero();
    }

    @Test
    void countsStartedButUnfinishedAsBacklog() {
        Hop hop = new Hop("test");
        hop.start("a", 1_000);

        assertThat(hop.open()).isEqualTo(1);
    }

    @Test
    void picksAZoneWhereItIsMorning() {
        Instant now = Instant.parse("2026-11-26T17:14:00Z");

        assertThat(now.atZone(Chain.morningZone(now)).getHour()).isEqualTo(10);
    }
}
