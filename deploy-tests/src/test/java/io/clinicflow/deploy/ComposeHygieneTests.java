package io.clinicflow.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Pinned images and secrets that only ever come from the environment. */
class ComposeHygieneTests {

    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*:\\?[^}]+}");

    private final ComposeFile compose = new ComposeFile();

    @Test
    void everyImageIsPinnedToAVersion() {
        compose.services().forEach((name, service) -> {
            String image = String.valueOf(ComposeFile.map(service).get("image"));
            assertThat(image).as("image of %s", name).matches("[^:]+:v?\\d[\\w.-]*").doesNotContain("latest");
        });
    }

    @Test
    void secretsAreRequiredFromTheEnvironment() {
        compose.services().forEach((name, service) -> {
            Object environment = ComposeFile.map(service).get("environment");
            if (environment instanceof Map<?, ?> variables) {
                variables.forEach((key, value) -> {
                    if (key.toString().matches(".*(PASSWORD|SECRET|TOKEN).*")) {
                        assertThat(String.valueOf(value)).as("%s of %s", key, name).matches(REQUIRED_VARIABLE);
                    }
                });
            }
        });
    }

    @Test
    void envExampleDocumentsEveryVariableTheStackReads() {
        assertThat(names("(?m)^([A-Z_][A-Z0-9_]*)=", Checkout.text(".env.example")))
                .isEqualTo(names(VARIABLE.pattern(), Checkout.text(ComposeFile.PATH)));
    }

    @Test
    void envExampleHoldsNoSecretValue() {
        assertThat(Checkout.text(".env.example")).containsPattern("(?m)^POSTGRES_PASSWORD=$")
                .containsPattern("(?m)^GRAFANA_ADMIN_PASSWORD=$").containsPattern("(?m)^KAFKA_ADMIN_PASSWORD=$")
                .doesNotContainPattern("(?m)^[A-Z_]*PASSWORD=.");
    }

    private static Set<String> names(String regex, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
