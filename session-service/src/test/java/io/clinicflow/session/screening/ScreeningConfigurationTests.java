package io.clinicflow.session.screening;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreeningConfigurationTests {

    @Test
    void shipsDesignsDefaultsInSessionServiceYml() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("session-service", new ClassPathResource("session-service.yml"))
                .forEach(environment.getPropertySources()::addLast);

        ScreeningRuleSet ruleSet = new ScreeningConfiguration().screeningRuleSet(environment);

        assertThat(ruleSet.version()).isEqualTo("2026.11.1");
        assertThat(ruleSet).usingRecursiveComparison().isEqualTo(ScreeningRuleSet.defaults());
    }

    @Test
    void refusesToStartWithAParameterLeftOut() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("clinicflow.screening.version", "2026.12.1")
                .withProperty("clinicflow.screening.declaration-valid-days", "90");

        assertThatThrownBy(() -> new ScreeningConfiguration().screeningRuleSet(environment))
                .hasStackTraceContaining("isotretinoin-wait");
    }
}
