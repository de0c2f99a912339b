package io.clinicflow.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Docker Compose itself validates docker-compose.yml, every profile included; no Docker engine needed. */
class ComposeConfigTests {

    private static ComposeCli compose;

    @BeforeAll
    static void findCompose() {
        compose = ComposeCli.find().orElse(null);
        assumeTrue(compose != null, "Neither `docker compose` (the Compose v2 plugin) nor `docker-compose` can run here:"
                + " install one (Debian: apt-get install -y docker-compose) to validate docker-compose.yml");
    }

    @Test
    void validatesWithTheSecretsOfEnvExampleFilledIn(@TempDir Path dir) throws IOException {
        Path env = dir.resolve("filled.env");
        Files.writeString(env, Checkout.text(".env.example")
                .replaceAll("(?m)^([A-Z_]+)=$", "$1=" + UUID.randomUUID()));

        ComposeCli.Outcome outcome = config(env);

        assertThat(outcome.exitCode()).as("%s config -q said: %s", compose, outcome.output()).isZero();
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void refusesToRunWhileAPasswordIsEmpty(String password, @TempDir Path dir) throws IOException {
        Path env = dir.resolve("one-empty.env");
        Files.writeString(env, Checkout.text(".env.example")
                .replaceAll("(?m)^(?!" + password + "=)([A-Z_]+)=$", "$1=" + UUID.randomUUID().toString().replace("-", "")));

        ComposeCli.Outcome outcome = config(env);

        assertThat(outcome.exitCode()).as("config with an empty %s", password).isNotZero();
        assertThat(outcome.output()).contains("set " + password + " (see .env.example)");
    }

    /** Every password .env.example leaves for the operator to fill in. */
    static Stream<String> passwords() {
        return Pattern.compile("(?m)^([A-Z_]+PASSWORD)=$").matcher(Checkout.text(".env.example")).results()
                .map(match -> match.group(1));
    }

    private ComposeCli.Outcome config(Path envFile) {
        return compose.run(Checkout.ROOT, Map.of(), "--file", Checkout.file(ComposeFile.PATH).toString(),
                "--env-file", envFile.toAbsolutePath().toString(), "--profile", "ops", "config", "-q");
    }
}
