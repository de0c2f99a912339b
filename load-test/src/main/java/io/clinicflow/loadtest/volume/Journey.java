package io.clinicflow.loadtest.volume;

import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.crm.JourneyStage;
import io.clinicflow.loadtest.volume.JourneyStep.Happening;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.clinicflow.loadtest.volume.JourneyStep.Anchor.BOOKING;
import static io.clinicflow.loadtest.volume.JourneyStep.Anchor.SESSION;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofSeconds;

/**
 * One seeded booking and what followed it, as the services would have told it on their topics: booked and screened,
 * then confirmed, turned down or held; a confirmed session attended and completed (then its aftercare plan, eight
 * messages and the day-7 milestone), cancelled the evening before or missed. All of it is a function of the seed and
 * the booking's number.
 */
record Journey(long index, long client, long location, long practitioner, Instant bookedAt, Instant startsAt,
               JourneyFate fate) {

    static final Duration SESSION_LENGTH = Duration.ofMinutes(60);
    private static final Duration SCREENING_HOP = ofSeconds(2);
    private static final Duration REACTION_HOP = ofSeconds(4);
    /** Sessions come 1–21 days after their booking, on the hour. */
    private static final int LONGEST_LEAD_DAYS = 21;
    /** When each aftercare message goes out after completion (DESIGN §6; the offer's on day 28). */
    private static final Map<AftercareStep, Duration> MESSAGE_AFTER_COMPLETION = Map.of(
            AftercareStep.DAY0_INSTRUCTIONS, ofSeconds(2), AftercareStep.DAY1_CHECK_IN, ofDays(1),
            AftercareStep.DAY3_SKINCARE, ofDays(3), AftercareStep.DAY7_HEALING_CHECK, ofDays(7),
            AftercareStep.FOLLOW_UP_OFFER, ofDays(28), AftercareStep.NEXT_SESSION, ofDays(28),
            AftercareStep.RESULTS_REVIEW, ofDays(42), AftercareStep.MAINTENANCE, ofDays(180));
    /**
     * The steps of each fate, in time order: made once, since a year asks for a journey's steps at each of its
     * events. The booking's steps take seconds and a session is at least 23 hours away, so they all come first.
     */
    private static final Map<JourneyFate, List<JourneyStep>> STEPS = stepsOfEachFate();

    /** Booking {@code index} of a chain of {@code size} whose history runs from {@code start} for {@code span}. */
    static Journey of(long seed, long index, ChainSize size, Instant start, Duration span) {
        // evenly spaced, so that journeys start in the order of their numbers (YearOfEvents relies on it)
        Instant bookedAt = start.plusMillis(span.toMillis() * index / size.bookings());
        int leadDays = new SplittableRandom(ChainIds.mix(seed ^ index)).nextInt(1, LONGEST_LEAD_DAYS + 1);
        Instant startsAt = bookedAt.plus(ofDays(leadDays)).truncatedTo(ChronoUnit.HOURS);
        long client = Math.floorMod(index * 7_919L, size.clients());
        long location = client % size.locations();
        long practitioner = location * ChainSize.PRACTITIONERS_PER_LOCATION + index % ChainSize.PRACTITIONERS_PER_LOCATION;
        return new Journey(index, client, location, practitioner, bookedAt, startsAt, JourneyFate.of(index, size));
    }

    List<JourneyStep> steps() {
        return STEPS.get(fate);
    }

    Instant at(JourneyStep step) {
        return (step.from() == BOOKING ? bookedAt : startsAt).plus(step.after());
    }

    private static Map<JourneyFate, List<JourneyStep>> stepsOfEachFate() {
        Map<JourneyFate, List<JourneyStep>> steps = new EnumMap<>(JourneyFate.class);
        for (JourneyFate fate : JourneyFate.values()) {
            List<JourneyStep> ofFate = new ArrayList<>(bookedAndAnswered(fate));
            ofFate.addAll(onTheDay(fate).stream().sorted(Comparator.comparing(JourneyStep::after)).toList());
            steps.put(fate, List.copyOf(ofFate));
        }
        return steps;
    }

    /** Booked, screened, and the front desk's answer to the screening (a held booking changes no CRM stage). */
    private static List<JourneyStep> bookedAndAnswered(JourneyFate fate) {
        List<JourneyStep> steps = new ArrayList<>(List.of(JourneyStep.of(BOOKING, Duration.ZERO, Happening.BOOKED),
                JourneyStep.stage(BOOKING, Duration.ZERO, JourneyStage.BOOKED),
                JourneyStep.of(BOOKING, SCREENING_HOP, Happening.SCREENED)));
        switch (fate) {
            case DEFERRED, DECLINED -> steps.addAll(List.of(JourneyStep.of(BOOKING, REACTION_HOP,
                            fate == JourneyFate.DEFERRED ? Happening.DEFERRED : Happening.DECLINED),
                    JourneyStep.stage(BOOKING, REACTION_HOP, JourneyStage.NOT_CONFIRMED)));
            case HELD_FOR_REVIEW -> steps.add(JourneyStep.of(BOOKING, REACTION_HOP, Happening.HELD_FOR_REVIEW));
            default -> steps.addAll(List.of(JourneyStep.of(BOOKING, REACTION_HOP, Happening.CONFIRMED),
                    JourneyStep.stage(BOOKING, REACTION_HOP, JourneyStage.CONFIRMED)));
        }
        return steps;
    }

    private static List<JourneyStep> onTheDay(JourneyFate fate) {
        Duration eveningBefore = Duration.ofHours(-12);
        return switch (fate) {
            case CANCELLED -> List.of(JourneyStep.of(SESSION, eveningBefore, Happening.CANCELLED),
                    JourneyStep.stage(SESSION, eveningBefore, JourneyStage.CANCELLED));
            case NO_SHOW -> List.of(JourneyStep.of(SESSION, SESSION_LENGTH, Happening.NO_SHOW),
                    JourneyStep.stage(SESSION, SESSION_LENGTH, JourneyStage.NO_SHOW));
            case COMPLETED -> attendedAndCaredFor();
            default -> List.of();
        };
    }

    private static List<JourneyStep> attendedAndCaredFor() {
        List<JourneyStep> steps = new ArrayList<>(List.of(JourneyStep.of(SESSION, Duration.ZERO, Happening.CHECKED_IN),
                JourneyStep.stage(SESSION, Duration.ZERO, JourneyStage.ATTENDED),
                JourneyStep.of(SESSION, SESSION_LENGTH, Happening.COMPLETED),
                JourneyStep.of(SESSION, SESSION_LENGTH.plusSeconds(1), Happening.PLAN_STARTED),
                JourneyStep.of(SESSION, SESSION_LENGTH.plus(ofDays(7)), Happening.HEALING_CHECK_PASSED)));
        for (AftercareStep step : AftercareStep.values()) {
            steps.add(JourneyStep.message(SESSION_LENGTH.plus(MESSAGE_AFTER_COMPLETION.get(step)), step));
        }
        return steps;
    }
}
