package io.clinicflow.loadtest.volume;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.clients.Consent;
import io.clinicflow.aftercare.plans.AftercarePlan;
import io.clinicflow.aftercare.plans.ChannelAccess;
import io.clinicflow.aftercare.plans.CompletedSession;
import io.clinicflow.aftercare.plans.CourseId;
import io.clinicflow.aftercare.plans.MessageStatus;
import io.clinicflow.aftercare.plans.PlannedMessage;
import io.clinicflow.aftercare.plans.QuietHours;
import io.clinicflow.aftercare.plans.TreatmentArea;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * aftercare-service's records of the year: a plan per completed session, made by the service's own
 * {@link AftercarePlan} (same steps, quiet hours, message ids and skipped channels); what fell due by now was sent
 * or reached, the rest waits in db-scheduler's table as the service would have scheduled it.
 */
final class AftercareRecords {

    /** db-scheduler's task of aftercare steps (aftercare's DeliveryTask) and its default priority. */
    static final String STEP_TASK = "aftercare-step";
    private static final int MEDIUM_PRIORITY = 50;
    private static final Duration PLANNED_AFTER_COMPLETION = Duration.ofSeconds(1);
    private static final Duration SENT_AFTER_DUE = Duration.ofSeconds(2);

    private final ChainYear chain;
    private final SeedDatabase database;

    AftercareRecords(ChainYear chain, SeedDatabase database) {
        this.chain = chain;
        this.database = database;
    }

    void write() throws SQLException {
        database.copy("client", "client_id, first_name, email, phone, email_consent, sms_consent, registered_at, "
                + "home_location_id", rows -> chain.clients(client -> rows.uuid(client.id()).text(client.firstName())
                .text(client.email()).text(client.phone()).flag(client.emailConsent()).flag(client.smsConsent())
                .at(client.registeredAt()).text(client.home().id().toString()).end()));
        database.copy("aftercare_plan", "session_id, client_id, location_id, practitioner_id, time_zone, completed_at, "
                + "started_at, correlation_id, causation_id, course_id, treated_areas",
                rows -> eachPlan((booking, plan) -> rows.uuid(booking.id()).uuid(booking.clientId())
                        .uuid(booking.location().id()).uuid(booking.practitionerId())
                        .text(booking.location().zone().getId())
                        .at(booking.completedAt()).at(booking.completedAt().plus(PLANNED_AFTER_COMPLETION))
                        .text(RememberedEvent.correlationId(chain, booking))
                        .text(RememberedEvent.SESSION_COMPLETED.id(chain, booking).toString()).uuid(booking.courseId())
                        .texts(booking.treatmentAreas().stream().sorted().toList()).end()));
        database.copy("aftercare_step", "session_id, step, due_at", rows -> eachPlan((booking, plan) ->
                plan.steps().forEach(step -> rows.uuid(booking.id()).text(step.step().name())
                        .at(step.runsAt().toInstant()).end())));
        database.copy("aftercare_message", "message_id, session_id, step, channel, scheduled_for, status, note, "
                + "sent_at, attempts", rows -> eachPlan((booking, plan) ->
                plan.messages().forEach(message -> message(rows, booking, message))));
        database.copy("milestone", "session_id, milestone, reached_at", rows -> eachPlan((booking, plan) ->
                plan.steps().stream().filter(step -> step.step().milestone().isPresent() && due(step.runsAt()
                        .toInstant())).forEach(step -> rows.uuid(booking.id())
                        .text(step.step().milestone().orElseThrow().name()).at(step.runsAt().toInstant()).end())));
        database.copy("scheduled_tasks", "task_name, task_instance, execution_time, picked, version, priority",
                rows -> eachPlan((booking, plan) -> plan.stepsToRun().stream()
                        .filter(step -> !due(step.runsAt().toInstant()))
                        .forEach(step -> rows.text(STEP_TASK).text(booking.id() + ":" + step.step().name())
                                .at(step.runsAt().toInstant()).flag(false).number(1).number(MEDIUM_PRIORITY).end())));
    }

    private void message(CopyRows rows, SeededBooking booking, PlannedMessage message) {
        Instant scheduledFor = message.scheduledFor().toInstant();
        boolean sent = message.status() == MessageStatus.SCHEDULED && due(scheduledFor);
        rows.uuid(message.messageId().value()).uuid(booking.id()).text(message.step().name())
                .text(message.channel().name()).at(scheduledFor)
                .text(sent ? MessageStatus.SENT.name() : message.status().name()).text(message.note().orElse(null))
                .at(sent ? scheduledFor.plus(SENT_AFTER_DUE) : null).number(sent ? 1 : 0).end();
    }

    private boolean due(Instant at) {
        return !at.isAfter(chain.now());
    }

    private void eachPlan(BiConsumer<SeededBooking, AftercarePlan> each) {
        chain.bookings(booking -> {
            if (booking.completed()) {
                each.accept(booking, plan(booking));
            }
        });
    }

    /** The plan the service made when the session completed; the chain has an SMS gateway. */
    private AftercarePlan plan(SeededBooking booking) {
        SeededClient client = chain.client(booking.location(), booking.clientNumber());
        CompletedSession session = new CompletedSession(new SessionId(booking.id()), new ClientId(booking.clientId()),
                booking.location().id(), booking.practitionerId(), booking.completedAt(), booking.location().zone(),
                booking.treatmentAreas().stream().map(TreatmentArea::valueOf).collect(Collectors.toSet()),
                new CourseId(booking.courseId()), booking.sessionNumber(), booking.courseLength(),
                new Journey(RememberedEvent.correlationId(chain, booking), RememberedEvent.SESSION_COMPLETED.id(chain, booking)
                        .toString(), booking.clientId().toString(), booking.location().id().toString()));
        return AftercarePlan.of(session, new ChannelAccess(new Consent(client.emailConsent(), client.smsConsent()),
                client.phoneOnFile(), true), QuietHours.defaults());
    }
}
