package io.clinicflow.loadtest.volume;

import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.crm.JourneyStage;
import io.clinicflow.loadtest.volume.JourneyStep.Happening;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofSeconds;

/**
 * One seeded booking and what followed it, as the services would have told it on their topics: booked and screened,
 * then confirmed, turned down or held; a confirmed session attended and completed (then its aftercare plan, eight
 * messages and the day-7 milestone), cancelled or missed. Steps are in time order; all of them are a function of the
 * seed and the booking's number.
 */
record Journey(long index, long client, long location, long practitioner, Instant bookedAt, Instant startsAt,
               JourneyFate fate, List<JourneyStep> steps) {

    static final Duration SESSION = Duration.ofMinutes(60);
    private static final Duration SCREENING_HOP = ofSeconds(2);
    private static final Duration REACTION_HOP = ofSeconds(4);
    /** When each aftercare message goes out after completion (DESIGN §6; the offer's on day 28). */
    private static final Map<AftercareStep, Duration> MESSAGE_AFTER_COMPLETION = Map.of(
            AftercareStep.DAY0_INSTRUCTIONS, ofSeconds(2), AftercareStep.DAY1_CHECK_IN, ofDays(1),
            AftercareStep.DAY3_SKINCARE, ofDays(3), AftercareStep.DAY7_HEALING_CHECK, ofDays(7),
            AftercareStep.FOLLOW_UP_OFFER, ofDays(28), AftercareStep.NEXT_SESSION, ofDays(28),
            AftercareStep.RESULTS_REVIEW, ofDays(42), AftercareStep.MAINTENANCE, ofDays(180));

    /** Booking {@code index} of a chain of {@code size} whose history runs from {@code start} for {@code span}. */
    static Journey of(long seed, long index, ChainSize size, Instant start, Duration span) {
        SplittableRandom random = new SplittableRandom(ChainIds.mix(seed ^ index));
        // evenly spaced, so that journeys start in the order of their numbers (YearOfEvents relies on it)
        Instant bookedAt = start.plusMillis(span.toMillis() * index / size.bookings());
        Instant startsAt = bookedAt.plus(ofDays(random.nextInt(1, 22))).truncatedTo(ChronoUnit.HOURS);
        long client = Math.floorMod(index * 7_919L, size.clients());
        long location = client % size.locations();
        long practitioner = location * ChainSize.PRACTITIONERS_PER_LOCATION + index % ChainSize.PRACTITIONERS_PER_LOCATION;
        JourneyFate fate = JourneyFate.of(index, size);
        return new Journey(index, client, location, practitioner, bookedAt, startsAt, fate,
                steps(fate, Duration.between(bookedAt, startsAt)));
    }

    Instant at(JourneyStep step) {
        return bookedAt.plus(step.after());
    }

    private static List<JourneyStep> steps(JourneyFate fate, Duration lead) {
        List<JourneyStep> steps = new ArrayList<>(List.of(JourneyStep.of(Duration.ZERO, Happening.BOOKED),
                JourneyStep.stage(Duration.ZERO, JourneyStage.BOOKED),
                JourneyStep.of(SCREENING_HOP, Happening.SCREENED)));
        switch (fate) {
            case DEFERRED, DECLINED -> steps.addAll(List.of(JourneyStep.of(REACTION_HOP,
                            fate == JourneyFate.DEFERRED ? Happening.DEFERRED : Happening.DECLINED),
                    JourneyStep.stage(REACTION_HOP, JourneyStage.NOT_CONFIRMED)));
            case HELD_FOR_REVIEW -> steps.add(JourneyStep.of(REACTION_HOP, Happening.HELD_FOR_REVIEW));
            default -> steps.addAll(confirmedUntilTheDay(fate, lead));
        }
        steps.sort(Comparator.comparing(JourneyStep::after));
        return List.copyOf(steps);
    }

    private static List<JourneyStep> confirmedUntilTheDay(JourneyFate fate, Duration lead) {
        List<JourneyStep> steps = new ArrayList<>(List.of(JourneyStep.of(REACTION_HOP, Happening.CONFIRMED),
                JourneyStep.stage(REACTION_HOP, JourneyStage.CONFIRMED)));
        switch (fate) {
            case CANCELLED -> steps.addAll(List.of(JourneyStep.of(lead.dividedBy(2), Happening.CANCELLED),
                    JourneyStep.stage(lead.dividedBy(2), JourneyStage.CANCELLED)));
            case NO_SHOW -> steps.addAll(List.of(JourneyStep.of(lead.plus(SESSION), Happening.NO_SHOW),
                    JourneyStep.stage(lead.plus(SESSION), JourneyStage.NO_SHOW)));
            default -> steps.addAll(attendedAndCaredFor(lead));
        }
        return steps;
    }

    private static List<JourneyStep> attendedAndCaredFor(Duration lead) {
        Duration completed = lead.plus(SESSION);
        List<JourneyStep> steps = new ArrayList<>(List.of(JourneyStep.of(lead, Happening.CHECKED_IN),
                JourneyStep.stage(lead, JourneyStage.ATTENDED),
                JourneyStep.of(completed, Happening.COMPLETED),
                JourneyStep.of(completed.plusSeconds(1), Happening.PLAN_STARTED),
                JourneyStep.of(completed.plus(ofDays(7)), Happening.HEALING_CHECK_PASSED)));
        for (AftercareStep step : AftercareStep.values()) {
            steps.add(JourneyStep.message(completed.plus(MESSAGE_AFTER_COMPLETION.get(step)), step));
        }
        return steps;
    }
}
