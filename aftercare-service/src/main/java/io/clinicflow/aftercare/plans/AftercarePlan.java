package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The aftercare of one completed session: when each step runs, and each message on each channel. */
public record AftercarePlan(SessionId sessionId, List<PlannedStep> steps, List<PlannedMessage> messages) {

    public AftercarePlan {
        steps = List.copyOf(steps);
        messages = List.copyOf(messages);
    }

    public static AftercarePlan of(CompletedSession session, ChannelAccess access, QuietHours quiet) {
        List<PlannedStep> steps = AftercareStep.planFor(session.lastSessionOfCourse()).stream()
                .map(step -> {
                    var due = step.dueAfter(session.completedLocally());
                    return new PlannedStep(step, step.isMessage() ? quiet.shift(due) : due);
                })
                .toList();
        List<PlannedMessage> messages = steps.stream().filter(planned -> planned.step().isMessage())
                .flatMap(planned -> Arrays.stream(ChannelName.values())
                        .map(channel -> messageOn(channel, session.sessionId(), planned, access)))
                .toList();
        return new AftercarePlan(session.sessionId(), steps, messages);
    }

    /** The message of a step on a channel: SCHEDULED, or SKIPPED with the reason the channel stays silent. */
    static PlannedMessage messageOn(ChannelName channel, SessionId sessionId, PlannedStep planned,
                                    ChannelAccess access) {
        Optional<String> silence = access.silenceOn(channel);
        return new PlannedMessage(MessageId.of(sessionId, planned.step(), channel), planned.step(), channel,
                planned.runsAt(), silence.isEmpty() ? MessageStatus.SCHEDULED : MessageStatus.SKIPPED, silence);
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
