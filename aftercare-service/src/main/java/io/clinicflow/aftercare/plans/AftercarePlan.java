package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.Consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The aftercare of one completed session: when each step runs, and each message on each channel. */
public record AftercarePlan(UUID sessionId, List<PlannedStep> steps, List<PlannedMessage> messages) {

    static final String NO_EMAIL_CONSENT = "the client did not consent to email";
    static final String NO_SMS_CONSENT = "the client did not consent to SMS";
    static final String NO_SMS_GATEWAY = "no SMS gateway configured (clinicflow.sms.gateway-url unset)";

    public AftercarePlan {
        steps = List.copyOf(steps);
        messages = List.copyOf(messages);
    }

    public static AftercarePlan of(CompletedSession session, Consent consent, boolean smsGateway, QuietHours quiet) {
        List<PlannedStep> steps = AftercareStep.planFor(session.lastSessionOfCourse()).stream()
                .map(step -> {
                    var due = step.dueAfter(session.completedLocally());
                    return new PlannedStep(step, step.isMessage() ? quiet.shift(due) : due);
                })
                .toList();
        List<PlannedMessage> messages = steps.stream().filter(planned -> planned.step().isMessage())
                .flatMap(planned -> Arrays.stream(Channel.values())
                        .map(channel -> messageOn(channel, session.sessionId(), planned, consent, smsGateway)))
                .toList();
        return new AftercarePlan(session.sessionId(), steps, messages);
    }

    private static PlannedMessage messageOn(Channel channel, UUID sessionId, PlannedStep planned, Consent consent,
                                            boolean smsGateway) {
        Optional<String> silence = silenceReason(channel, consent, smsGateway);
        return new PlannedMessage(PlannedMessage.idOf(sessionId, planned.step(), channel), planned.step(), channel,
                planned.runsAt(), silence.isEmpty() ? MessageStatus.SCHEDULED : MessageStatus.SKIPPED, silence);
    }

    private static Optional<String> silenceReason(Channel channel, Consent consent, boolean smsGateway) {
        return switch (channel) {
            case EMAIL -> consent.email() ? Optional.empty() : Optional.of(NO_EMAIL_CONSENT);
            case SMS -> !consent.sms() ? Optional.of(NO_SMS_CONSENT)
                    : smsGateway ? Optional.empty() : Optional.of(NO_SMS_GATEWAY);
        };
    }

    /** The steps that have work to do when they fall due: every milestone, and messages with a scheduled channel. */
    public List<PlannedStep> stepsToRun() {
        return steps.stream().filter(planned -> !planned.step().isMessage() || messages.stream()
                .anyMatch(m -> m.step() == planned.step() && m.status() == MessageStatus.SCHEDULED)).toList();
    }

    public List<AftercareStep> stepNames() {
        return steps.stream().map(PlannedStep::step).toList();
    }
}
