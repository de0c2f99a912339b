package io.clinicflow.aftercare.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * SMTP connections kept open from one email to the next (ADR 0054): an email costs a NOOP, proving the connection
 * still stands, and its own MAIL, RCPT and DATA, instead of a TCP connect, greeting, EHLO (STARTTLS, AUTH) and QUIT.
 * {@link JavaMailSenderImpl} connects and quits on every {@code send} call, and each scheduled step sends its one
 * email in a transaction of its own, so its batch send would never carry two. Spring Boot's {@code spring.mail.*}
 * still says where and how to connect; at most one connection per sending thread is open.
 */
@Component
class SmtpConnections implements AutoCloseable {

    /** Well under the 5 minutes an SMTP server waits at least (RFC 5321 4.5.3.2.7): we quit before it hangs up. */
    private static final Duration IDLE_LIMIT = Duration.ofMinutes(1);

    private final JavaMailSenderImpl mail;
    private final GenericObjectPool<Transport> pool;

    SmtpConnections(JavaMailSenderImpl mail) {
        this.mail = mail;
        GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(-1);                // DeliverySchedule's threads bound the emails in flight
        config.setTestOnBorrow(true);          // NOOP: a connection the server closed is replaced, never sent on
        config.setMinEvictableIdleDuration(IDLE_LIMIT);
        config.setTimeBetweenEvictionRuns(IDLE_LIMIT.dividedBy(2));
        config.setJmxEnabled(false);
        this.pool = new GenericObjectPool<>(new Connections(), config);
    }

    /**
     * Hands the email to the SMTP server over an open connection. A failure throws, as {@code JavaMailSender.send}
     * did, and closes that connection: whatever state the dialogue was left in, the next email starts afresh.
     */
    void send(MimeMessage email) {
        Transport connection = borrow();
        boolean reusable = false;
        try {
            email.saveChanges();               // as Transport.send does: the headers, with our Message-ID
            connection.sendMessage(email, email.getAllRecipients());
            reusable = true;
        } catch (MessagingException e) {
            throw new MailSendException("SMTP server did not take the email: " + e.getMessage(), e);
        } finally {
            if (reusable) {
                pool.returnObject(connection);
            } else {
                discard(connection);
            }
        }
    }

    private Transport borrow() {
        try {
            return pool.borrowObject();
        } catch (Exception e) {
            throw new MailSendException("Cannot connect to the SMTP server: " + e.getMessage(), e);
        }
    }

    private void discard(Transport connection) {
        try {
            pool.invalidateObject(connection);
        } catch (Exception alreadyBroken) {
            // closing a failed connection may fail as well; it is out of the pool either way
        }
    }

    @Override
    public void close() {
        pool.close();                          // QUIT on every idle connection when the service stops
    }

    /** Connects as {@link JavaMailSenderImpl} would (protocol, host, port, credentials from spring.mail.*). */
    private final class Connections extends BasePooledObjectFactory<Transport> {

        @Override
        public Transport create() throws MessagingException {
            Session session = mail.getSession();
            Transport connection = session.getTransport(Optional.ofNullable(mail.getProtocol())
                    .or(() -> Optional.ofNullable(session.getProperty("mail.transport.protocol"))).orElse("smtp"));
            connection.connect(mail.getHost(), mail.getPort(), emptyAsNone(mail.getUsername()),
                    emptyAsNone(mail.getPassword()));
            return connection;
        }

        @Override
        public PooledObject<Transport> wrap(Transport connection) {
            return new DefaultPooledObject<>(connection);
        }

        /** Angus Mail's SMTP transport answers this with a NOOP to the server. */
        @Override
        public boolean validateObject(PooledObject<Transport> connection) {
            return connection.getObject().isConnected();
        }

        @Override
        public void destroyObject(PooledObject<Transport> connection) throws MessagingException {
            connection.getObject().close();
        }

        private static String emptyAsNone(String credential) {
            return credential == null || credential.isEmpty() ? null : credential;
        }
    }
}
