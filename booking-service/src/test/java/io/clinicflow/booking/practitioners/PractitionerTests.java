package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.LocationSettings;
import io.clinicflow.booking.locations.OpenPeriod;
import io.clinicflow.booking.locations.OpeningHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PractitionerTests {

    private static final Location SOHO = location();
    private static final Location LEEDS = location();
    private static final OpeningHours MONDAY_MORNINGS =
            OpeningHours.every(List.of(DayOfWeek.MONDAY), OpenPeriod.of("09:00", "12:00"));

    private static Location location() {
        return new Location(LocationId.random(), "a location", ZoneId.of("Europe/London"), OpeningHours.DEFAULT,
                LocationSettings.DEFAULT);
    }

    @Test
    void worksItsOwnScheduleWhereItHasOneElseTheLocationsHours() {
        Practitioner mara = new Practitioner(PractitionerId.random(), "Mara", List.of(SOHO.id(), LEEDS.id()),
                Map.of(SOHO.id(), MONDAY_MORNINGS));

        assertThat(mara.hoursAt(SOHO)).isEqualTo(MONDAY_MORNINGS);
        assertThat(mara.hoursAt(LEEDS)).isEqualTo(OpeningHours.DEFAULT);
        assertThat(mara.worksAt(LEEDS.id())).isTrue();
        assertThat(mara.worksAt(LocationId.random())).isFalse();
        assertThat(mara.id().toString()).isEqualTo(mara.id().value().toString());
    }

    @Test
    void timeOffEndsAfterItStarts() {
        Instant nine = Instant.parse("2026-12-07T09:00:00Z");
        PractitionerId mara = PractitionerId.random();

        assertThat(new TimeOff(UUID.randomUUID(), mara, nine, nine.plusSeconds(1)).endsAt()).isAfter(nine);
        assertThatThrownBy(() -> new TimeOff(UUID.randomUUID(), mara, nine, nine))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
