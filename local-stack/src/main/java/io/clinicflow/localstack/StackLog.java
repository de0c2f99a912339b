package io.clinicflow.localstack;

import org.slf4j.bridge.SLF4JBridgeHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack's logs go (ADR 0050): every line of the broker, the database, the mail server and the four
 * Spring applications into {@link #FILE}, one log for the whole JVM; the console gets what {@link ConsoleWorthy}
 * lets through. Must run before the first logger is made.
 */
final class StackLog {

    /** Relative to where {@code bin/local-stack} runs: the repository's root. */
    static final Path FILE = Path.of("logs", "local-stack.log");

    private StackLog() {
    }

    static void direct(boolean verbose) {
        try {
            Files.createDirectories(FILE.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + FILE.getParent(), e);
        }
        System.setProperty("clinicflow.local-stack.log-file", FILE.toString());
        System.setProperty(ConsoleWorthy.VERBOSE, Boolean.toString(verbose));
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        // each of the four Spring applications would otherwise reset the logging set up here, its own way
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.setProperty("spring.main.banner-mode", verbose ? "console" : "log");
        // Tomcat logs through java.util.logging, which would print on the console by itself
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
