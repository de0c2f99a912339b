package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.clients.Consent;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.clinicflow.aftercare.plans.AftercareStep.DAY0_INSTRUCTIONS;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY1_CHECK_IN;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY3_SKINCARE;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY7_HEALING_CHECK;
import static io.clinicflow.aftercare.plans.AftercareStep.MAINTENANCE;
import static io.clinicflow.aftercare.plans.AftercareStep.NEXT_SESSION;
import static io.clinicflow.aftercare.plans.AftercareStep.RESULTS_REVIEW;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class AftercarePlanTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Consent EMAIL_ONLY = new Consent(true, false);
    private static final ZonedDateTime AFTERNOON = LocalDateTime.parse("2026-06-10T14:30").atZone(BERLIN);

    @ParameterizedTest(name = "completed {0} -> {1} runs at {2}")
    @CsvSource(textBlock = """
            2026-06-10T14:30, DAY0_INSTRUCTIONS,  2026-06-10T14:30
            2026-06-10T14:30, DAY1_CHECK_IN,      2026-06-11T10:00
            2026-06-10T14:30, DAY3_SKINCARE,      2026-06-13T14:30
            2026-06-10T14:30, DAY7_HEALING_CHECK, 2026-06-17T14:30
            2026-06-10T14:30, NEXT_SESSION,       2026-07-08T14:30
            2026-06-10T14:30, RESULTS_REVIEW,     2026-07-22T14:30
            2026-06-10T19:59, DAY0_INSTRUCTIONS,  2026-06-10T19:59
            2026-06-10T20:00, DAY0_INSTRUCTIONS,  2026-06-11T09:00
            2026-06-10T20:00, DAY3_SKINCARE,      2026-06-14T09:00
            2026-06-10T20:00, DAY7_HEALING_CHECK, 2026-06-17T20:00
            2026-06-10T23:30, NEXT_SESSION,       2026-07-08T23:30
            2026-06-10T07:15, DAY0_INSTRUCTIONS,  2026-06-10T09:00
            2026-06-10T07:15, RESULTS_REVIEW,     2026-07-22T09:00
            2026-06-10T08:59, DAY1_CHECK_IN,      2026-06-11T10:00
            """)
    void runsStepsOnCalendarDaysWithMessagesOutsideQuietHoursAndMilestonesWhenDue(
            LocalDateTime completed, AftercareStep step, LocalDateTime runsAt) {
        AftercarePlan plan = planFor(completed.atZone(BERLIN), 1, 3, EMAIL_ONLY);

        assertThat(runTimes(plan).get(step)).isEqualTo(runsAt.atZone(BERLIN));
    }

    @Test
    void keepsTheLocalTimeOfDayAcrossTheSpringDaylightSavingChange() {
        // +01:00; summer time starts on 29 March 2026
        ZonedDateTime completed = LocalDateTime.parse("2026-03-27T14:00").atZone(BERLIN);

        Map<AftercareStep, ZonedDateTime> runs = runTimes(planFor(completed, 1, 3, EMAIL_ONLY));

        assertThat(runs.get(DAY3_SKINCARE).toLocalDateTime()).isEqualTo("2026-03-30T14:00");
        assertThat(runs.get(DAY3_SKINCARE).getOffset().getId()).isEqualTo("+02:00");
        assertThat(runs.get(DAY3_SKINCARE).toInstant()).isEqualTo(completed.toInstant().plusSeconds(71 * 3600));
    }

    @Test
    void plansTheNextSessionWhileTheCourseHasSessionsLeft() {
        AftercarePlan plan = planFor(AFTERNOON, 2, 3, EMAIL_ONLY);

        assertThat(plan.stepNames()).containsExactly(DAY0_INSTRUCTIONS, DAY1_CHECK_IN, DAY3_SKINCARE,
                DAY7_HEALING_CHECK, NEXT_SESSION, RESULTS_REVIEW);
    }

    @Test
    void plansMaintenanceInsteadOfTheNextSessionAfterTheCoursesLastSession() {
        AftercarePlan plan = planFor(AFTERNOON, 3, 3, EMAIL_ONLY);

        assertThat(plan.stepNames()).contains(MAINTENANCE).doesNotContain(NEXT_SESSION);
        assertThat(runTimes(plan).get(MAINTENANCE)).isEqualTo(LocalDateTime.parse("2026-12-07T14:30").atZone(BERLIN));
    }

    @Test
    void skipsEveryChannelWithoutConsentAndSmsWithoutAGateway() {
        AftercarePlan noConsent = planFor(AFTERNOON, 1, 3, new Consent(false, false));
        AftercarePlan fullConsent = planFor(AFTERNOON, 1, 3, new Consent(true, true));

        assertThat(noConsent.messages()).hasSize(8).extracting(PlannedMessage::channel, PlannedMessage::status,
                        message -> message.note().orElseThrow())
                .containsOnly(tuple(ChannelName.EMAIL, MessageStatus.SKIPPED, ChannelAccess.NO_EMAIL_CONSENT),
                        tuple(ChannelName.SMS, MessageStatus.SKIPPED, ChannelAccess.NO_SMS_CONSENT));
        assertThat(fullConsent.messages()).extracting(PlannedMessage::channel, PlannedMessage::status,
                        message -> message.note().orElse(null))
                .containsOnly(tuple(ChannelName.EMAIL, MessageStatus.SCHEDULED, null),
                        tuple(ChannelName.SMS, MessageStatus.SKIPPED, ChannelAccess.NO_SMS_GATEWAY));
    }

    @Test
    void schedulesSmsWhenTheClientConsentedAndAGatewayIsConfigured() {
        CompletedSession session = session(AFTERNOON, 1, 3);

        ChannelAccess smsOnly = new ChannelAccess(new Consent(false, true), true, true);

        AftercarePlan plan = AftercarePlan.of(session, smsOnly, QuietHours.defaults());

        assertThat(plan.messages()).filteredOn(message -> message.channel() == ChannelName.SMS)
                .extracting(PlannedMessage::status).containsOnly(MessageStatus.SCHEDULED);
    }

    @Test
    void skipsSmsForAClientWithoutAPhoneNumber() {
        AftercarePlan plan = AftercarePlan.of(session(AFTERNOON, 1, 3),
                new ChannelAccess(new Consent(true, true), false, true), QuietHours.defaults());

        assertThat(plan.messages()).filteredOn(message -> message.channel() == ChannelName.SMS)
                .extracting(PlannedMessage::status, message -> message.note().orElseThrow())
                .containsOnly(tuple(MessageStatus.SKIPPED, ChannelAccess.NO_PHONE));
    }

    @Test
    void neverPlansTheFollowUpOfferAtCompletion() {
        assertThat(planFor(AFTERNOON, 1, 3, EMAIL_ONLY).stepNames()).doesNotContain(AftercareStep.FOLLOW_UP_OFFER);
    }

    @Test
    void runsOnlyMilestonesForAClientWhoConsentedToNoChannel() {
        AftercarePlan plan = planFor(AFTERNOON, 1, 3, new Consent(false, false));

        assertThat(plan.stepsToRun()).extracting(PlannedStep::step)
                .containsExactly(DAY7_HEALING_CHECK, NEXT_SESSION);
    }

    @Test
    void runsAMessageStepOnlyWhenOneOfItsOwnMessagesIsScheduled() {
        SessionId sessionId = new SessionId(UUID.randomUUID());
        PlannedStep day0 = new PlannedStep(DAY0_INSTRUCTIONS, AFTERNOON);
        PlannedStep day3 = new PlannedStep(DAY3_SKINCARE, AFTERNOON.plusDays(3));
        PlannedStep day7 = new PlannedStep(DAY7_HEALING_CHECK, AFTERNOON.plusDays(7));
        AftercarePlan plan = new AftercarePlan(sessionId, List.of(day0, day3, day7), List.of(
                new PlannedMessage(MessageId.of(sessionId, DAY0_INSTRUCTIONS, ChannelName.EMAIL), DAY0_INSTRUCTIONS,
                        ChannelName.EMAIL, day0.runsAt(), MessageStatus.SCHEDULED, Optional.empty()),
                new PlannedMessage(MessageId.of(sessionId, DAY3_SKINCARE, ChannelName.EMAIL), DAY3_SKINCARE,
                        ChannelName.EMAIL, day3.runsAt(), MessageStatus.SENT, Optional.empty())));

        assertThat(plan.stepsToRun()).containsExactly(day0, day7);
        assertThat(plan.stepNames()).containsExactly(DAY0_INSTRUCTIONS, DAY3_SKINCARE, DAY7_HEALING_CHECK);
    }

    @Test
    void derivesTheSameMessageIdsForTheSameSessionEveryTime() {
        CompletedSession session = session(AFTERNOON, 1, 3);

        AftercarePlan once = AftercarePlan.of(session, access(EMAIL_ONLY), QuietHours.defaults());
        AftercarePlan again = AftercarePlan.of(session, access(EMAIL_ONLY), QuietHours.defaults());

        assertThat(once.messages()).extracting(PlannedMessage::messageId)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(again.messages().stream().map(PlannedMessage::messageId).toList())
                .contains(new MessageId(
                        UUID.nameUUIDFromBytes((session.sessionId() + ":DAY0_INSTRUCTIONS:EMAIL").getBytes(UTF_8))));
    }

    @Test
    void refusesASessionThatTreatedNoArea() {
        UUID clientId = UUID.randomUUID();

        assertThatIllegalArgumentException().isThrownBy(() -> new CompletedSession(new SessionId(UUID.randomUUID()),
                new ClientId(clientId), UUID.randomUUID(), UUID.randomUUID(), AFTERNOON.toInstant(), BERLIN, Set.of(),
                new CourseId(UUID.randomUUID()), 1, 3,
                Journey.start(clientId, UUID.randomUUID()))).withMessageContaining("treated no area");
    }

    private static AftercarePlan planFor(ZonedDateTime completed, int number, int courseLength, Consent consent) {
        return AftercarePlan.of(session(completed, number, courseLength), access(consent), QuietHours.defaults());
    }

    /** A phone on file and no SMS gateway configured. */
    private static ChannelAccess access(Consent consent) {
        return new ChannelAccess(consent, true, false);
    }

    private static CompletedSession session(ZonedDateTime completed, int sessionNumber, int courseLength) {
        UUID clientId = UUID.randomUUID();
        UUID locationId = UUID.randomUUID();
        return new CompletedSession(new SessionId(UUID.randomUUID()), new ClientId(clientId), locationId,
                UUID.randomUUID(), completed.toInstant(), completed.getZone(), Set.of(TreatmentArea.FACE),
                new CourseId(UUID.randomUUID()), sessionNumber, courseLength,
                Journey.start(clientId, locationId));
    }

    private static Map<AftercareStep, ZonedDateTime> runTimes(AftercarePlan plan) {
        return plan.steps().stream().collect(Collectors.toMap(PlannedStep::step, PlannedStep::runsAt));
    }
}
