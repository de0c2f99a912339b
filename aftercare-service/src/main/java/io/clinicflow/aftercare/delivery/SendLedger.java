package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.plans.MessageStatus;
import io.clinicflow.aftercare.sessions.SessionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The send ledger: which messages of stored plans wait, the attempts made on each, and which were SENT or FAILED.
 * Planning writes a plan's rows (SCHEDULED, SKIPPED, CANCELLED); only delivery writes how its sends went, each row
 * under its lock, so a message is sent at most once (ADR 0012, 0047).
 */
@Repository
class SendLedger {

    private final JdbcClient jdbc;

    SendLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the step's messages still waiting to go out, email first. */
    List<MessageId> waiting(SessionId sessionId, AftercareStep step) {
        return jdbc.sql("""
                        select message_id from aftercare_message
                        where session_id = :sessionId and step = :step and status = 'SCHEDULED' order by channel""")
                .param("sessionId", sessionId.value()).param("step", step.name())
                .query(UUID.class)
                .list().stream().map(MessageId::new).toList();
    }

    /** Reads the message and locks it until the transaction ends, so only one delivery can send it. */
    Optional<ScheduledMessage> lock(MessageId messageId) {
        return jdbc.sql("""
                        select m.message_id, m.session_id, p.client_id, m.step, m.channel, m.status, m.attempts
                        from aftercare_message m join aftercare_plan p on p.session_id = m.session_id
                        where m.message_id = :messageId for update of m""")
                .param("messageId", messageId.value())
                .query((rs, row) -> new ScheduledMessage(new MessageId(rs.getObject("message_id", UUID.class)),
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        new ClientId(rs.getObject("client_id", UUID.class)),
                        AftercareStep.valueOf(rs.getString("step")), ChannelName.valueOf(rs.getString("channel")),
                        MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts")))
                .optional();
    }

    /** Counts a failed attempt; the message stays SCHEDULED for the next one. */
    void markAttemptFailed(MessageId messageId, int attempts, String failure) {
        jdbc.sql("""
                        update aftercare_message set attempts = :attempts, last_failure = :failure
                        where message_id = :messageId""")
                .param("messageId", messageId.value()).param("attempts", attempts).param("failure", failure)
                .update();
    }

    /** The last attempt failed too: the message is FAILED and its note says why. */
    void markFailed(MessageId messageId, int attempts, String failure) {
        jdbc.sql("""
                        update aftercare_message set status = 'FAILED', attempts = :attempts, last_failure = :failure,
                            note = :failure
                        where message_id = :messageId""")
                .param("messageId", messageId.value()).param("attempts", attempts).param("failure", failure)
                .update();
    }

    void markSent(MessageId messageId, Instant sentAt) {
        jdbc.sql("update aftercare_message set status = 'SENT', sent_at = :sentAt where message_id = :messageId")
                .param("messageId", messageId.value()).param("sentAt", Timestamp.from(sentAt))
                .update();
    }
}
