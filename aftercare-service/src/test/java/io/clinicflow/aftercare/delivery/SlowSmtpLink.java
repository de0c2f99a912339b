package io.clinicflow.aftercare.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP link to the SMTP server that takes {@code latency} to open each connection, as a remote mail relay does. It
 * spreads a batch of emails over time, so a test watching the mailbox can stop the sender part-way through it.
 */
final class SlowSmtpLink implements AutoCloseable {

    private final ServerSocket listener;
    private final int smtpPort;
    private final Duration latency;

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

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Both directions until either side hangs up (a killed sender's half-sent email is dropped by the server). */
    private void relay(Socket client) {
        try (client; Socket server = connectSlowly()) {
            Thread upstream = Thread.ofVirtual().start(() -> pump(client, server));
            pump(server, client);
            upstream.join();
        } catch (IOException | InterruptedException e) {
            // the sender or the server went away: nothing to relay any more
        }
    }

    private Socket connectSlowly() throws IOException, InterruptedException {
        Thread.sleep(latency);   // the latency being simulated, not a wait for a condition
        return new Socket("127.0.0.1", smtpPort);
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
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
