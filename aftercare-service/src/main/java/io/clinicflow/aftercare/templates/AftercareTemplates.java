package io.clinicflow.aftercare.templates;

import io.clinicflow.aftercare.plans.AftercareStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The aftercare message templates (ADR 0019): one template set per chain and locale in the folder
 * {@code <root>/<chain>/<locale>/} on the class path, each loaded, complete and rehearsed when the service starts. A
 * message uses the set of this deployment's chain in its location's locale, else the chain's en-GB set, else
 * {@code default/en-GB}.
 */
public final class AftercareTemplates {

    static final String ROOT = "aftercare-templates";
    static final String DEFAULT_CHAIN = "default";
    static final Locale FALLBACK_LOCALE = Locale.forLanguageTag("en-GB");

    private static final Logger log = LoggerFactory.getLogger(AftercareTemplates.class);

    private final Map<TemplateSetName, TemplateSet> sets;
    private final TemplateSettings settings;

    /** Throws unless there is a default/en-GB set, the last fallback, and a set of the configured chain. */
    AftercareTemplates(Map<TemplateSetName, TemplateSet> sets, TemplateSettings settings) {
        require(sets, name -> name.equals(new TemplateSetName(DEFAULT_CHAIN, FALLBACK_LOCALE)),
                DEFAULT_CHAIN + "/" + FALLBACK_LOCALE.toLanguageTag());
        require(sets, name -> name.chain().equals(settings.chain()), "of chain " + settings.chain());
        this.sets = Map.copyOf(sets);
        this.settings = settings;
    }

    /** Loads every template set under {@code root}; throws, naming what is missing, unless all are complete. */
    static AftercareTemplates load(String root, TemplateSettings settings) {
        Map<TemplateSetName, TemplateSet> sets = discover(root).stream().collect(Collectors.toMap(
                Function.identity(), name -> TemplateSet.load(name, TemplateFiles.onClassPath(root, name))));
        AftercareTemplates templates = new AftercareTemplates(sets, settings);
        log.info("Aftercare templates of chain {}: sets {} under {}", settings.chain(), sets.keySet(), root);
        return templates;
    }

    /** The step's message in its location's template set. */
    public MessageContent render(AftercareStep step, MessageFacts facts) {
        return setFor(settings.localeOf(facts.locationId())).render(step, facts);
    }

    /** The chain's set in this locale, else the chain's en-GB set, else default/en-GB (which always exists). */
    TemplateSet setFor(Locale locale) {
        return Stream.of(new TemplateSetName(settings.chain(), locale),
                        new TemplateSetName(settings.chain(), FALLBACK_LOCALE),
                        new TemplateSetName(DEFAULT_CHAIN, FALLBACK_LOCALE))
                .map(sets::get).filter(Objects::nonNull).findFirst().orElseThrow();
    }

    /** Every folder {@code <root>/<chain>/<locale>/} with a descriptor, in this class path's directories and jars. */
    private static List<TemplateSetName> discover(String root) {
        try {
            Resource[] descriptors = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + root + "/*/*/" + TemplateSet.DESCRIPTOR);
            return Arrays.stream(descriptors).map(AftercareTemplates::nameOf).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the template sets under " + root, e);
        }
    }

    /** The set's name from its descriptor's path, {@code .../<chain>/<locale>/template-set.properties}. */
    private static TemplateSetName nameOf(Resource descriptor) {
        try {
            String[] path = descriptor.getURL().getPath().split("/");
            String chain = path[path.length - 3];
            String folder = path[path.length - 2];
            Locale locale = Locale.forLanguageTag(folder);
            if (!locale.toLanguageTag().equals(folder)) {
                throw new IllegalStateException("Template set folder " + chain + "/" + folder
                        + " is not named by a language tag such as en-GB");
            }
            return new TemplateSetName(chain, locale);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot locate template set " + descriptor, e);
        }
    }

    private static void require(Map<TemplateSetName, TemplateSet> sets, Predicate<TemplateSetName> wanted,
                                String which) {
        if (sets.keySet().stream().noneMatch(wanted)) {
            throw new IllegalStateException("No aftercare template set " + which + " (a folder <chain>/<locale>/ with a "
                    + TemplateSet.DESCRIPTOR + ")");
        }
    }
}
