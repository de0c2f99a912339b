package io.clinicflow.aftercare.templates;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.TreatmentArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.clinicflow.aftercare.templates.AftercareTemplates.ROOT;
import static io.clinicflow.aftercare.templates.TemplateSetTests.EN_GB;
import static io.clinicflow.aftercare.templates.TemplateSetTests.EN_US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Which template set words a message, and the startup check that every set is complete; no Spring. */
class AftercareTemplatesTests {

    private static final UUID LOS_ANGELES = UUID.randomUUID();
    private static final TemplateSettings DEFAULTS = new TemplateSettings("default", EN_GB, Map.of());
    private static final TemplateSetName DEFAULT_EN_GB = new TemplateSetName("default", EN_GB);

    @Test
    void wordsALocationsMessagesInItsConfiguredLocaleAndOtherLocationsInTheDefaultLocale() {
        AftercareTemplates templates = AftercareTemplates.load(ROOT,
                new TemplateSettings("default", EN_GB, Map.of(LOS_ANGELES, EN_US)));

        assertThat(templates.render(AftercareStep.DAY0_INSTRUCTIONS, day0At(LOS_ANGELES)).text())
                .startsWith("Hi Ada,").contains("Wash gently");
        assertThat(templates.render(AftercareStep.DAY0_INSTRUCTIONS, day0At(UUID.randomUUID())).text())
                .startsWith("Hello Ada,").contains("Cleanse gently");
    }

    @ParameterizedTest(name = "chain {0} with sets [{1}]: {2} -> {3}")
    @CsvSource(textBlock = """
            acme,    acme/en-US acme/en-GB default/en-GB, en-US, acme/en-US
            acme,    acme/en-US acme/en-GB default/en-GB, fr-FR, acme/en-GB
            acme,    acme/en-US default/en-GB,            en-GB, default/en-GB
            acme,    acme/en-US default/en-GB,            en-AU, default/en-GB
            default, default/en-US default/en-GB,         en-US, default/en-US
            default, default/en-US default/en-GB,         fr-FR, default/en-GB
            """)
    void fallsBackFromTheChainsLocaleToTheChainsEnGbToDefaultEnGb(String chain, String available, String locale,
                                                                  String chosen) {
        AftercareTemplates templates = new AftercareTemplates(setsNamed(available.split(" ")),
                new TemplateSettings(chain, EN_GB, Map.of()));

        assertThat(templates.setFor(Locale.forLanguageTag(locale)).name()).hasToString(chosen);
    }

    @Test
    void findsEveryShippedTemplateSetOnTheClassPath() {
        AftercareTemplates templates = AftercareTemplates.load(ROOT, DEFAULTS);

        assertThat(templates.setFor(EN_GB).name()).isEqualTo(DEFAULT_EN_GB);
        assertThat(templates.setFor(EN_US).name()).isEqualTo(new TemplateSetName("default", EN_US));
    }

    @Test
    void failsToLoadASetWithATemplateMissingNamingChainLocaleStepAndFile() {
        TemplateFiles shipped = TemplateFiles.onClassPath(ROOT, DEFAULT_EN_GB);
        TemplateFiles withoutOne = file -> file.equals("day3-skincare.sms.txt") ? Optional.empty() : shipped.read(file);

        assertThatIllegalStateException().isThrownBy(() -> TemplateSet.load(DEFAULT_EN_GB, withoutOne))
                .withMessage("Template set default/en-GB has no template day3-skincare.sms.txt for step DAY3_SKINCARE");
    }

    @Test
    void failsToLoadASetWhoseTemplateUsesAValueNoMessageHas() {
        TemplateFiles shipped = TemplateFiles.onClassPath(ROOT, DEFAULT_EN_GB);
        TemplateFiles misspelt = file -> file.equals("day1-check-in.txt")
                ? Optional.of("Hello {{fristName}},\n") : shipped.read(file);

        assertThatIllegalStateException().isThrownBy(() -> TemplateSet.load(DEFAULT_EN_GB, misspelt))
                .withMessageContaining("Template set default/en-GB cannot render step DAY1_CHECK_IN (day1-check-in.*)")
                .withMessageContaining("fristName");
    }

    @Test
    void failsToLoadAFolderWithoutTheDescriptorThatMarksItASet() {
        TemplateFiles shipped = TemplateFiles.onClassPath(ROOT, DEFAULT_EN_GB);
        TemplateFiles unmarked = file -> file.equals(TemplateSet.DESCRIPTOR) ? Optional.empty() : shipped.read(file);

        assertThatIllegalStateException().isThrownBy(() -> TemplateSet.load(DEFAULT_EN_GB, unmarked))
                .withMessage("Template set default/en-GB has no template-set.properties");
    }

    @Test
    void failsToLoadASetThatDoesNotSayHowToWriteASlotsTime() {
        TemplateFiles shipped = TemplateFiles.onClassPath(ROOT, DEFAULT_EN_GB);
        TemplateFiles noSlotTime = file -> file.equals(TemplateSet.DESCRIPTOR) ? Optional.of("") : shipped.read(file);

        assertThatIllegalStateException().isThrownBy(() -> TemplateSet.load(DEFAULT_EN_GB, noSlotTime))
                .withMessage("Template set default/en-GB has no slot-time in template-set.properties");
    }

    @Test
    void refusesToStartWithoutTheDefaultEnGbSetOrWithoutASetOfTheConfiguredChain() {
        assertThatIllegalStateException().isThrownBy(() -> AftercareTemplates.load("no-such-templates", DEFAULTS))
                .withMessageStartingWith("No aftercare template set default/en-GB");
        assertThatIllegalStateException().isThrownBy(() -> AftercareTemplates.load(ROOT,
                        new TemplateSettings("acme", EN_GB, Map.of())))
                .withMessageStartingWith("No aftercare template set of chain acme");
    }

    /** Sets under these names, each worded by the shipped default set of its locale. */
    private static Map<TemplateSetName, TemplateSet> setsNamed(String... names) {
        return Arrays.stream(names).map(name -> name.split("/"))
                .map(path -> new TemplateSetName(path[0], Locale.forLanguageTag(path[1])))
                .collect(Collectors.toMap(Function.identity(), name -> TemplateSet.load(name,
                        TemplateFiles.onClassPath(ROOT, new TemplateSetName("default", name.locale())))));
    }

    private static MessageFacts day0At(UUID locationId) {
        return new MessageFacts(locationId, ZoneOffset.UTC, "Ada", Set.of(TreatmentArea.FACE), Optional.empty());
    }
}
