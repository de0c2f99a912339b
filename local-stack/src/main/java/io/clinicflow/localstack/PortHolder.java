package io.clinicflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who listens on a port, as {@code ss} or else {@code lsof} tells it. Without root both name only the user's own
 * processes; then, or without either tool, it is "another process".
 */
final class PortHolder {

    /** {@code users:(("java",pid=4242,fd=11))} in a line of {@code ss -ltnp}. */
    private static final Pattern SS_PROCESS = Pattern.compile("\\(\\(\"([^\"]+)\",pid=(\\d+)");
    /** {@code p4242} then {@code cjava}, one field a line, from {@code lsof -Fpc}. */
    private static final Pattern LSOF_PROCESS = Pattern.compile("^p(\\d+)\\Rc(.+)$", Pattern.MULTILINE);

    private PortHolder() {
    }

    static String of(int port) {
        return fromSs(port).or(() -> fromLsof(port)).orElse("another process");
    }

    private static Optional<String> fromSs(int port) {
        Matcher process = SS_PROCESS.matcher(output("ss", "-ltnp", "sport = :" + port));
        return process.find() ? Optional.of(named(process.group(1), process.group(2))) : Optional.empty();
    }

    private static Optional<String> fromLsof(int port) {
        Matcher process = LSOF_PROCESS.matcher(output("lsof", "-nP", "-iTCP:" + port, "-sTCP:LISTEN", "-Fpc"));
        return process.find() ? Optional.of(named(process.group(2), process.group(1))) : Optional.empty();
    }

    private static String named(String command, String pid) {
        return command + " (pid " + pid + ")";
    }

    /** The tool's output, or nothing when it is not installed or does not answer within a few seconds. */
    private static String output(String... command) {
        try {
            Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!tool.waitFor(5, TimeUnit.SECONDS)) {
                tool.destroyForcibly();
                return "";
            }
            return new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
