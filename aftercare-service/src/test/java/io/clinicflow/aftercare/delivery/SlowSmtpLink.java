package io.clinicflow.aftercare.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP link to the SMTP server that takes {@code latency} for each round trip, as a remote mail relay does: to open a
 * connection and for every chunk the sender writes (an SMTP command, or the email's body, whose answer it waits for).
 * It spreads a batch of emails over time, so a test watching the mailbox can stop the sender part-way through it, and
 * it counts the connections the sender opens.
 */
final class SlowSmtpLink implements AutoCloseable {

    private final ServerSocket listener;
    private final int smtpPort;
    private final Duration latency;
    private final AtomicInteger opened = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private SlowSmtpLink(ServerSocket listener, int smtpPort, Duration latency) {
        this.listener = listener;
        this.smtpPort = smtpPort;
        this.latency = latency;
    }

    static SlowSmtpLink to(int smtpPort, Duration latency) {
        try {
            SlowSmtpLink link = new SlowSmtpLink(new ServerSocket(0), smtpPort, latency);
            Thread.ofVirtual().name("slow-smtp-link").start(link::accept);
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections the sender has opened through the link so far. */
    int connectionsOpened() {
        return opened.get();
    }

    /** Hangs up every connection, as a server that timed an idle one out or restarted does. */
    void dropConnections() {
        open.forEach(SlowSmtpLink::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                opened.incrementAndGet();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Both directions until either side hangs up (a killed sender's half-sent email is dropped by the server). */
    private void relay(Socket client) {
        open.add(client);
        try (client; Socket server = connectSlowly()) {
            Thread upstream = Thread.ofVirtual().start(() -> pump(client, server, latency));
            pump(server, client, Duration.ZERO);
            upstream.join();
        } catch (IOException | InterruptedException e) {
            // the sender or the server went away: nothing to relay any more
        } finally {
            open.remove(client);
        }
    }

    private Socket connectSlowly() throws IOException, InterruptedException {
        Thread.sleep(latency);   // the latency being simulated, not a wait for a condition
        return new Socket("127.0.0.1", smtpPort);
    }

    private static void pump(Socket from, Socket to, Duration latency) {
        byte[] chunk = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                Thread.sleep(latency);   // the latency being simulated, not a wait for a condition
                out.write(chunk, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed: closing both below ends the other direction too
        }
        closeQuietly(from);
        closeQuietly(to);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
