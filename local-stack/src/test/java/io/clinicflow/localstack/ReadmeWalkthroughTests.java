package io.clinicflow.localstack;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** README's walkthrough, copied block by block into one shell as a reader would, against the local stack. */
class ReadmeWalkthroughTests {

    private static final long SCRIPT_BOUND_MINUTES = 3;

    @Test
    void walksAClientThroughTheJourneyAsTheReadmeSays() throws IOException, InterruptedException {
        Stream.of("bash", "curl", "jq", "date").forEach(tool ->
                assumeTrue(onPath(tool), tool + " is not installed: the README's walkthrough needs it"));
        String script = ReadmeSection.titled("Walk a client through the journey").bashBlocks();
        LocalStackOnItsPorts.start();

        Path output = Path.of("target", "readme-walkthrough.out");
        Process shell = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean exited = shell.waitFor(SCRIPT_BOUND_MINUTES, TimeUnit.MINUTES);
        if (!exited) {
            shell.destroyForcibly();
        }
        String printed = Files.readString(output);

        assertThat(exited).as("the walkthrough ended within %d minutes; it printed:%n%s", SCRIPT_BOUND_MINUTES,
                printed).isTrue();
        assertThat(shell.exitValue()).as("exit status; it printed:%n%s", printed).isZero();
        assertThat(printed)
                .contains("\"status\": \"CONFIRMED\"")              // the booking, once screened
                .contains("\"step\": \"DAY0_INSTRUCTIONS\"")       // aftercare's rows
                .contains("\"slots\": [")                          // the follow-up offers
                .contains("\"decision\": \"APPROVE\"")             // the review of the held follow-up
                .containsPattern("(?m)^204$")                      // the erasure
                .contains("\"client erased\"");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
    }
}
