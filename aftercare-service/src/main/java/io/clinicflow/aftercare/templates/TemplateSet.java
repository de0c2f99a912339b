package io.clinicflow.aftercare.templates;

import com.samskivert.mustache.MustacheException;
import io.clinicflow.aftercare.offers.FollowUpOffer;
import io.clinicflow.aftercare.offers.OfferId;
import io.clinicflow.aftercare.offers.OfferedSlot;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.TreatmentArea;
import io.clinicflow.aftercare.sessions.SessionId;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One chain's aftercare templates in one locale: the templates of every message step, and the set's
 * {@value #DESCRIPTOR} (which marks the folder as a set and says how the set writes a slot's local time).
 */
final class TemplateSet {

    static final String DESCRIPTOR = "template-set.properties";
    static final String SLOT_TIME = "slot-time";

    /** Every value a template may use, every section shown: a set that renders these renders any message. */
    private static final MessageFacts REHEARSAL = new MessageFacts(new UUID(0, 0), ZoneOffset.UTC, "Ada",
            EnumSet.allOf(TreatmentArea.class), Optional.of(new FollowUpOffer(new OfferId(new UUID(0, 0)),
            new SessionId(new UUID(0, 0)),
            List.of(new OfferedSlot(Instant.EPOCH, Instant.EPOCH, new UUID(0, 0))))));

    private final TemplateSetName name;
    private final Map<AftercareStep, StepTemplates> steps;
    private final DateTimeFormatter slotTime;

    private TemplateSet(TemplateSetName name, Map<AftercareStep, StepTemplates> steps, DateTimeFormatter slotTime) {
        this.name = name;
        this.steps = Map.copyOf(steps);
        this.slotTime = slotTime;
    }

    /**
     * Reads, compiles and rehearses the set; throws naming the set, the step and the file when a template is missing
     * or fails (a misspelt value), so an incomplete set stops the service from starting instead of a message.
     */
    static TemplateSet load(TemplateSetName name, TemplateFiles files) {
        Map<AftercareStep, StepTemplates> steps = Arrays.stream(AftercareStep.values())
                .filter(AftercareStep::isMessage)
                .collect(Collectors.toMap(step -> step, step -> StepTemplates.load(step, required(name, files, step))));
        String pattern = descriptorOf(name, files).getProperty(SLOT_TIME);
        if (pattern == null) {
            throw new IllegalStateException("Template set " + name + " has no " + SLOT_TIME + " in " + DESCRIPTOR);
        }
        TemplateSet set = new TemplateSet(name, steps, DateTimeFormatter.ofPattern(pattern, name.locale()));
        steps.keySet().forEach(set::rehearse);
        return set;
    }

    TemplateSetName name() {
        return name;
    }

    MessageContent render(AftercareStep step, MessageFacts facts) {
        StepTemplates templates = steps.get(step);
        if (templates == null) {
            throw new IllegalArgumentException(step + " is a milestone, not a message");
        }
        return templates.render(modelOf(step, facts));
    }

    /** The values the templates see; a FOLLOW_UP_OFFER also its offer's id and slots, in the location's time. */
    private Map<String, Object> modelOf(AftercareStep step, MessageFacts facts) {
        Map<String, Object> model = new HashMap<>(Map.of("firstName", facts.firstName(),
                "face", facts.treatsFace(), "body", facts.treatsBody()));
        if (step == AftercareStep.FOLLOW_UP_OFFER) {
            FollowUpOffer offer = facts.offer()
                    .orElseThrow(() -> new IllegalArgumentException(step + " needs the offer it announces"));
            model.put("offerId", offer.offerId().toString());
            model.put("slots", offer.slots().stream()
                    .map(slot -> slotTime.format(slot.startsAt().atZone(facts.timeZone()))).toList());
        }
        return model;
    }

    private void rehearse(AftercareStep step) {
        try {
            render(step, REHEARSAL);
        } catch (MustacheException e) {
            throw new IllegalStateException("Template set " + name + " cannot render step " + step + " ("
                    + StepTemplates.fileNameOf(step) + ".*): " + e.getMessage(), e);
        }
    }

    private static Function<String, String> required(TemplateSetName name, TemplateFiles files, AftercareStep step) {
        return file -> files.read(file).orElseThrow(() -> new IllegalStateException(
                "Template set " + name + " has no template " + file + " for step " + step));
    }

    private static Properties descriptorOf(TemplateSetName name, TemplateFiles files) {
        Properties descriptor = new Properties();
        String text = files.read(DESCRIPTOR)
                .orElseThrow(() -> new IllegalStateException("Template set " + name + " has no " + DESCRIPTOR));
        try {
            descriptor.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptor;
    }
}
