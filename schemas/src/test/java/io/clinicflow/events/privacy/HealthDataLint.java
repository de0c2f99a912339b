package io.clinicflow.events.privacy;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds health data in a schema, however deep: a record, field, enum or type tagged {@code "classification": "health"},
 * or a field, type or enum symbol whose name holds a word of the deny list. A CRM-facing schema must have none.
 */
final class HealthDataLint {

    static final String CLASSIFICATION = "classification";
    static final String HEALTH = "health";

    /** Word stems of health data, compared with names lower-cased and stripped of '_' ("CHECK_IN" is "checkin"). */
    static final List<String> HEALTH_WORDS = List.of("declaration", "screening", "reason", "contraindicat", "medicat",
            "medicine", "condition", "pregnan", "breastfeed", "allerg", "area", "depth", "needle", "redness", "swelling",
            "pain", "infection", "concern", "checkin", "numbing", "diagnos", "symptom", "treatment", "healing",
            "milestone", "eligib", "deferr", "declin", "review", "outcome", "skin", "scar", "acne", "wound", "retinoid",
            "isotretinoin", "neurotoxin", "anticoagul", "diabet", "immuno", "fitzpatrick", "keloid", "eczema", "sunburn",
            "abandon", "adverse");

    /** One finding: where (e.g. {@code Probe.offer.reason}) and why. */
    record Violation(String path, String why) {
        @Override
        public String toString() {
            return path + ": " + why;
        }
    }

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();

    private HealthDataLint() {
    }

    static List<Violation> check(Schema schema) {
        HealthDataLint lint = new HealthDataLint();
        lint.visit(schema, schema.getName());
        return List.copyOf(lint.violations);
    }

    private void visit(Schema schema, String path) {
        tagged(schema, path);
        switch (schema.getType()) {
            case RECORD -> record(schema, path);
            case ENUM -> enumeration(schema, path);
            case ARRAY -> visit(schema.getElementType(), path + "[]");
            case MAP -> visit(schema.getValueType(), path + "{}");
            case UNION -> schema.getTypes().forEach(branch -> visit(branch, path));
            case FIXED -> named(schema.getName(), path);
            default -> {
            }
        }
    }

    private void record(Schema record, String path) {
        if (!visited.add(record.getFullName())) {
            return;
        }
        named(record.getName(), path);
        for (Schema.Field field : record.getFields()) {
            String fieldPath = path + "." + field.name();
            tagged(field, fieldPath);
            named(field.name(), fieldPath);
            visit(field.schema(), fieldPath);
        }
    }

    private void enumeration(Schema enumeration, String path) {
        if (!visited.add(enumeration.getFullName())) {
            return;
        }
        named(enumeration.getName(), path);
        enumeration.getEnumSymbols().forEach(symbol -> named(symbol, path + "=" + symbol));
    }

    private void tagged(JsonProperties element, String path) {
        if (HEALTH.equals(element.getProp(CLASSIFICATION))) {
            violations.add(new Violation(path, "tagged " + CLASSIFICATION + "=" + HEALTH));
        }
    }

    private void named(String name, String path) {
        String plain = name.toLowerCase(Locale.ROOT).replace("_", "");
        HEALTH_WORDS.stream().filter(plain::contains).findFirst()
                .ifPresent(word -> violations.add(new Violation(path, "named like health data (" + word + ")")));
    }
}
