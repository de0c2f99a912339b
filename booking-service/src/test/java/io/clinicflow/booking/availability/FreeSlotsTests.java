package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.LocationSettings;
import io.clinicflow.booking.locations.OpenPeriod;
import io.clinicflow.booking.locations.OpeningHours;
import io.clinicflow.booking.practitioners.PractitionerId;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSlotsTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    private static final PractitionerId MARA = PractitionerId.random();
    private static final Duration SHORT = LocationSettings.DEFAULT.shortSession();
    private static final Duration LONG = LocationSettings.DEFAULT.longSession();
    private static final Duration BUFFER = LocationSettings.DEFAULT.buffer();

    private static FreeSlots londonMondays(String opens, String closes, Instant now) {
        return new FreeSlots(OpeningHours.every(List.of(DayOfWeek.MONDAY), OpenPeriod.of(opens, closes)), Set.of(), LONDON, now, BUFFER);
    }

    private static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(slot -> slot.startsAt().atZone(zone).toOffsetDateTime().toString()).toList();
    }

    @Test
    void offersEveryQuarterHourAtWhichAnHourSessionEndsByClosing() {
        List<Slot> slots = londonMondays("09:00", "11:00", LONG_AGO).on(MONDAY, SHORT, MARA, List.of());

        assertThat(localStarts(slots, LONDON)).containsExactly("2026-12-07T09:00Z", "2026-12-07T09:15Z",
                "2026-12-07T09:30Z", "2026-12-07T09:45Z", "2026-12-07T10:00Z");
        assertThat(slots.getLast().endsAt()).isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.practitionerId()).isEqualTo(MARA));
    }

    @Test
    void ninetyMinuteSessionStartsLaterToEndByClosing() {
        List<Slot> slots = londonMondays("09:00", "11:00", LONG_AGO).on(MONDAY, LONG, MARA, List.of());

        assertThat(localStarts(slots, LONDON)).containsExactly("2026-12-07T09:00Z", "2026-12-07T09:15Z",
                "2026-12-07T09:30Z");
    }

    @Test
    void keepsClearOfHeldBookingsAndTheBufferOnBothSides() {
        HeldPeriod held = new HeldPeriod(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T11:15:00Z"));

        List<Slot> slots = londonMondays("09:00", "13:00", LONG_AGO).on(MONDAY, SHORT, MARA, List.of(held));

        assertThat(localStarts(slots, LONDON)).containsExactly("2026-12-07T11:15Z", "2026-12-07T11:30Z",
                "2026-12-07T11:45Z", "2026-12-07T12:00Z");
    }

    @Test
    void offersOnlySlotsAfterNow() {
        FreeSlots slots = londonMondays("09:00", "12:00", Instant.parse("2026-12-07T10:20:00Z"));

        assertThat(localStarts(slots.on(MONDAY, SHORT, MARA, List.of()), LONDON))
                .containsExactly("2026-12-07T10:30Z", "2026-12-07T10:45Z", "2026-12-07T11:00Z");
    }

    @Test
    void hasNoSlotsOnADayMissingFromTheOpeningHours() {
        assertThat(londonMondays("09:00", "19:00", LONG_AGO).on(MONDAY.plusDays(1), SHORT, MARA, List.of()))
                .isEmpty();
    }

    @Test
    void startsOnTheNextQuarterHourWhenTheLocationOpensBetweenThem() {
        List<Slot> slots = londonMondays("09:10", "10:45", LONG_AGO).on(MONDAY, SHORT, MARA, List.of());

        assertThat(localStarts(slots, LONDON)).containsExactly("2026-12-07T09:15Z", "2026-12-07T09:30Z",
                "2026-12-07T09:45Z");
    }

    @Test
    void countsTheRealHoursOfTheNightTheClocksGoForward() {
        LocalDate springForward = LocalDate.parse("2026-03-29");
        FreeSlots nightOpening = new FreeSlots(
                OpeningHours.every(List.of(DayOfWeek.SUNDAY), OpenPeriod.of("00:00", "04:00")), Set.of(), LONDON, LONG_AGO, BUFFER);

        List<Slot> slots = nightOpening.on(springForward, SHORT, MARA, List.of());

        assertThat(localStarts(slots, LONDON)).containsExactly("2026-03-29T00:00Z", "2026-03-29T00:15Z",
                "2026-03-29T00:30Z", "2026-03-29T00:45Z", "2026-03-29T02:00+01:00", "2026-03-29T02:15+01:00",
                "2026-03-29T02:30+01:00", "2026-03-29T02:45+01:00", "2026-03-29T03:00+01:00");
        assertThat(slots).allSatisfy(slot ->
                assertThat(Duration.between(slot.startsAt(), slot.endsAt())).isEqualTo(SHORT));
    }

    @Test
    void readsOpeningHoursInLocalTimeOnEitherSideOfTheClocksGoingBack() {
        FreeSlots everyDay = new FreeSlots(OpeningHours.every(List.of(DayOfWeek.values()), OpenPeriod.of("09:00", "19:00")),
                Set.of(), LONDON, LONG_AGO, BUFFER);

        Slot saturday = everyDay.on(LocalDate.parse("2026-10-24"), SHORT, MARA, List.of()).getFirst();
        Slot sunday = everyDay.on(LocalDate.parse("2026-10-25"), SHORT, MARA, List.of()).getFirst();

        assertThat(saturday.startsAt()).isEqualTo(OffsetDateTime.parse("2026-10-24T09:00+01:00").toInstant());
        assertThat(sunday.startsAt()).isEqualTo(OffsetDateTime.parse("2026-10-25T09:00Z").toInstant());
    }

    @Test
    void tellsWhetherARequestedStartIsBookable() {
        FreeSlots rules = londonMondays("09:00", "19:00", Instant.parse("2026-12-07T12:00:00Z"));

        assertThat(rules.isOnGrid(Instant.parse("2026-12-07T13:45:00Z"))).isTrue();
        assertThat(rules.isOnGrid(Instant.parse("2026-12-07T13:50:00Z"))).isFalse();
        assertThat(rules.isAhead(Instant.parse("2026-12-07T11:45:00Z"))).isFalse();
        assertThat(rules.withinOpeningHours(Instant.parse("2026-12-07T18:00:00Z"), SHORT)).isTrue();
        assertThat(rules.withinOpeningHours(Instant.parse("2026-12-07T18:00:00Z"), LONG)).isFalse();
        assertThat(rules.withinOpeningHours(Instant.parse("2026-12-07T08:45:00Z"), SHORT)).isFalse();
    }

    @Test
    void sessionIsShortOnlyWhenItTreatsSmallAreasAlone() {
        assertThat(SessionLength.of(List.of(TreatmentArea.FACE, TreatmentArea.NECK), LocationSettings.DEFAULT)).isEqualTo(Duration.ofMinutes(60));
        assertThat(SessionLength.of(List.of(), LocationSettings.DEFAULT)).isEqualTo(Duration.ofMinutes(60));
        assertThat(SessionLength.of(List.of(TreatmentArea.FACE, TreatmentArea.THIGHS), LocationSettings.DEFAULT)).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void offersTheRepeatedHourOfTheNightTheClocksGoBackOncePerRealInstant() {
        LocalDate fallBack = LocalDate.parse("2026-10-25");
        FreeSlots nightOpening = new FreeSlots(
                OpeningHours.every(List.of(DayOfWeek.SUNDAY), OpenPeriod.of("00:00", "03:00")), Set.of(), LONDON, LONG_AGO,
                BUFFER);

        List<Slot> slots = nightOpening.on(fallBack, SHORT, MARA, List.of());

        assertThat(localStarts(slots, LONDON)).containsExactly("2026-10-25T00:00+01:00", "2026-10-25T00:15+01:00",
                "2026-10-25T00:30+01:00", "2026-10-25T00:45+01:00", "2026-10-25T01:00+01:00", "2026-10-25T01:15+01:00",
                "2026-10-25T01:30+01:00", "2026-10-25T01:45+01:00", "2026-10-25T01:00Z", "2026-10-25T01:15Z",
                "2026-10-25T01:30Z", "2026-10-25T01:45Z", "2026-10-25T02:00Z");
        assertThat(slots).map(Slot::startsAt).doesNotHaveDuplicates();
    }

    @Test
    void offersNothingOnAClosedDateNorDuringTimeOff() {
        FreeSlots closedMonday = new FreeSlots(OpeningHours.every(List.of(DayOfWeek.MONDAY), OpenPeriod.of("09:00", "12:00")),
                Set.of(MONDAY), LONDON, LONG_AGO, BUFFER);
        HeldPeriod timeOff = new HeldPeriod(Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-07T10:30:00Z"));

        assertThat(closedMonday.on(MONDAY, SHORT, MARA, List.of())).isEmpty();
        assertThat(closedMonday.isClosedOn(Instant.parse("2026-12-07T10:00:00Z"))).isTrue();
        assertThat(localStarts(londonMondays("09:00", "12:00", LONG_AGO).on(MONDAY, SHORT, MARA, List.of(timeOff)), LONDON))
                .containsExactly("2026-12-07T10:30Z", "2026-12-07T10:45Z", "2026-12-07T11:00Z");
    }

    @Test
    void keepsTheLocationsOwnBufferAfterEachSession() {
        FreeSlots longBuffer = new FreeSlots(OpeningHours.every(List.of(DayOfWeek.MONDAY), OpenPeriod.of("09:00", "12:00")),
                Set.of(), LONDON, LONG_AGO, Duration.ofMinutes(30));
        HeldPeriod held = new HeldPeriod(Instant.parse("2026-12-07T11:00:00Z"), Instant.parse("2026-12-07T12:30:00Z"));

        assertThat(localStarts(longBuffer.on(MONDAY, SHORT, MARA, List.of(held)), LONDON))
                .containsExactly("2026-12-07T09:00Z", "2026-12-07T09:15Z", "2026-12-07T09:30Z");
    }
}
