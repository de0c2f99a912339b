package io.clinicflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The PostgreSQL of an earlier local stack whose launcher was killed (SIGKILL, a crash) before it could stop it:
 * PostgreSQL runs detached from the launcher, so it outlives it on 5432. Every local stack keeps its server in
 * {@link #DATA_DIRECTORY}, whose {@code postmaster.pid} names the server and whose {@code epg-lock} the live
 * launcher holds (zonky's lock); a server there whose lock is free has no launcher left and is stopped.
 */
final class LeftoverDatabase {

    static final Path DATA_DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "clinicflow-local-stack",
            "postgres");
    private static final long STOP_BOUND_SECONDS = 10;

    private LeftoverDatabase() {
    }

    /**
     * Stops the leftover server, if there is one, saying so; then clears the directory for a new server. Leaves a
     * directory a live local stack holds alone (its ports then refuse this start).
     */
    static void stopIfAny(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory) || heldByALiveStack(dataDirectory)) {
            return;
        }
        serverIn(dataDirectory).ifPresent(server -> {
            System.out.printf("Found PostgreSQL (pid %d) left running by an earlier local stack that was killed;"
                    + " stopping it%n", server.pid());
            stop(server);
        });
        delete(dataDirectory);
    }

    private static boolean heldByALiveStack(Path dataDirectory) {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster named in the first line of {@code postmaster.pid}, if it still runs and is a postgres. */
    static Optional<ProcessHandle> serverIn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                    .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM: PostgreSQL's smart shutdown, immediate here since its clients died with their launcher. */
    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(STOP_BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("PostgreSQL (pid %d), left by an earlier local stack, did not stop within %d s;"
                    .formatted(server.pid(), STOP_BOUND_SECONDS) + " stop it with: kill -9 " + server.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + directory + " for PostgreSQL; delete it by hand", e);
        }
    }
}
