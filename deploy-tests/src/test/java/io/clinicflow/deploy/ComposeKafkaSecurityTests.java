package io.clinicflow.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose broker authenticates every client with SASL/SCRAM and authorises it by deploy/kafka/acls.txt; each
 * application logs in as its own principal of that table, with a password from the environment (ADR 0028).
 */
class ComposeKafkaSecurityTests {

    static final List<String> APPLICATIONS = ComposeFile.CLINICFLOW_APPLICATIONS;
    private static final Pattern LOGIN = Pattern.compile(
            "org\\.apache\\.kafka\\.common\\.security\\.scram\\.ScramLoginModule required "
                    + "username=\"([a-z-]+)\" password=\"\\$\\{(KAFKA_[A-Z_]+_PASSWORD):\\?[^}]+}\";");

    private final ComposeFile compose = new ComposeFile();
    private final AclTable table = AclTable.read();

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void applicationLogsInAsItsPrincipalOfTheAclTableWithAPasswordFromTheEnvironment(String application) {
        Map<String, Object> environment = compose.environment(application);
        Matcher login = login(environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));

        assertThat(environment).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(login.group(1)).isEqualTo(application);
        assertThat(table.principals()).contains(login.group(1));
        assertThat(login.group(2)).isEqualTo(passwordVariableOf(login.group(1)));
    }

    @Test
    void brokerHasAScramUserForTheAdminAndEveryPrincipalOfTheTable() {
        Stream.concat(Stream.of("admin"), table.principals().stream()).forEach(user -> assertThat(
                compose.kafkaSetting("SCRAM_PASSWORD_" + upperCase(user))).as(user)
                .startsWith("${" + passwordVariableOf(user) + ":?"));
        assertThat(compose.environment("kafka").keySet()).filteredOn(key -> key.startsWith("KAFKA_"))
                .noneMatch(key -> key.contains("PASSWORD"));
        assertThat(ComposeFile.list(compose.service("kafka").get("entrypoint")))
                .contains("/opt/clinicflow/broker-entrypoint.sh");
    }

    @Test
    void brokerDeniesWhatTheTableDoesNotGrantAndListensForClientsWithScramOnly() {
        assertThat(compose.kafkaSetting("KAFKA_AUTHORIZER_CLASS_NAME"))
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(compose.kafkaSetting("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
        assertThat(compose.kafkaSetting("KAFKA_SUPER_USERS")).isEqualTo("User:admin;User:ANONYMOUS");
        assertThat(compose.kafkaSetting("KAFKA_SASL_ENABLED_MECHANISMS")).isEqualTo("SCRAM-SHA-512");
        assertThat(compose.kafkaSetting("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")).containsExactlyInAnyOrder(
                "INTERNAL:SASL_PLAINTEXT", "HOST:SASL_PLAINTEXT", "CONTROLLER:PLAINTEXT");
        // ANONYMOUS, a super user, can only come from the PLAINTEXT controller listener on the container's loopback
        assertThat(compose.kafkaSetting("KAFKA_LISTENERS")).contains("CONTROLLER://127.0.0.1:9093");
        assertThat(compose.kafkaSetting("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo("1@127.0.0.1:9093");
    }

    @Test
    void kafkaUiLogsInAsTheAdminReadOnly() {
        Map<String, Object> environment = compose.environment("kafka-ui");

        assertThat(environment).containsEntry("KAFKA_CLUSTERS_0_READONLY", "true")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        assertThat(login(environment.get("KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG")).group(1)).isEqualTo("admin");
    }

    @Test
    void brokerEntrypointFormatsTheStorageWithEveryUserThenStartsTheImage(@TempDir Path kafkaHome)
            throws IOException, InterruptedException {
        Path log = kafkaHome.resolve("calls.log");
        Path start = stub(kafkaHome.resolve("run"), "echo \"started $KAFKA_OPTS\" >> '" + log + "'");
        stub(kafkaHome.resolve("bin").resolve("kafka-storage.sh"), "echo \"$*\" >> '" + log + "'");
        Path adminConfig = kafkaHome.resolve("admin.properties");
        Map<String, String> environment = new HashMap<>(Map.of("KAFKA_HOME", kafkaHome.toString(),
                "BROKER_START", start.toString(), "ADMIN_CLIENT_CONFIG", adminConfig.toString(),
                "CLUSTER_ID", "Kov95RxQR02VyisU5D8QUw", "SCRAM_PASSWORD_ADMIN", "a1"));
        table.principals().forEach(principal -> environment.put("SCRAM_PASSWORD_" + upperCase(principal), principal + "9"));

        List<String> calls = run("deploy/kafka/broker-entrypoint.sh", environment, log);

        assertThat(calls).hasSize(2);
        assertThat(calls.getFirst()).startsWith("format --ignore-formatted --cluster-id Kov95RxQR02VyisU5D8QUw")
                .contains("--add-scram SCRAM-SHA-512=[name=\"admin\",password=\"a1\"]");
        table.principals().forEach(principal -> assertThat(calls.getFirst())
                .contains("--add-scram SCRAM-SHA-512=[name=\"" + principal + "\",password=\"" + principal + "9\"]"));
        assertThat(calls.getLast()).startsWith("started").contains("-Djava.security.auth.login.config=");
        assertThat(Files.readString(adminConfig)).contains("security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=SCRAM-SHA-512", "username=\"admin\" password=\"a1\"");
    }

    private static List<String> run(String script, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", Checkout.file(script).toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Files.readAllLines(log);
    }

    private static Path stub(Path file, String command) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + command + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static Matcher login(Object jaasConfig) {
        Matcher login = LOGIN.matcher(String.valueOf(jaasConfig));
        assertThat(login.matches()).as("SCRAM login with a password from .env: %s", jaasConfig).isTrue();
        return login;
    }

    /** The .env variable of a principal's password: booking-service's is KAFKA_BOOKING_SERVICE_PASSWORD. */
    private static String passwordVariableOf(String principal) {
        return "KAFKA_" + upperCase(principal) + "_PASSWORD";
    }

    private static String upperCase(String principal) {
        return principal.toUpperCase().replace('-', '_');
    }
}
