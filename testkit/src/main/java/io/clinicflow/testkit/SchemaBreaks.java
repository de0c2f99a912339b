package io.clinicflow.testkit;

import io.swagger.v3.oas.models.media.Schema;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The breaking changes within one body or parameter schema, each named by its field path ({@code areas[].passes}).
 * openapi-diff judges each change for the side it is on (a new required field breaks a request, a lower maximum a
 * request, a higher one a response); removed fields and enum values are judged here (see {@link ContractBreaks}).
 */
final class SchemaBreaks {

    /** How a break names where it is: the whole body or parameter, or one field in it. */
    record Place(String whole, String fieldPrefix) {
        String field(String path) {
            return path.isEmpty() ? whole : fieldPrefix + path;
        }
    }

    private final Place place;
    private final List<String> found = new ArrayList<>();
    // a schema that refers to itself would otherwise be walked forever
    private final Set<ChangedSchema> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

    private SchemaBreaks(Place place) {
        this.place = place;
    }

    static List<String> in(ChangedSchema schema, Place place) {
        SchemaBreaks breaks = new SchemaBreaks(place);
        breaks.walk(schema, "");
        return breaks.found;
    }

    private void walk(ChangedSchema schema, String path) {
        if (schema == null || !onPath.add(schema)) {
            return;
        }
        String field = place.field(path);
        if (schema.isChangedType()) {
            found.add(field + " changed type from " + typeOf(schema.getOldSchema()) + " to "
                    + typeOf(schema.getNewSchema()));
        }
        required(schema, path);
        removedFields(schema, path);
        enumeration(schema.getEnumeration(), field);
        constraints(schema, field);
        schema.getChangedProperties().forEach((name, property) -> walk(property, child(path, name)));
        walk(schema.getItems(), path + "[]");
        walk(schema.getAddProp(), child(path, "*"));
        if (schema.getOneOfSchema() != null) {
            schema.getOneOfSchema().getChanged().values().forEach(variant -> walk(variant, path));
        }
        onPath.remove(schema);
    }

    private void required(ChangedSchema schema, String path) {
        ChangedRequired required = schema.getRequired();
        if (required == null || !required.isIncompatible()) {
            return;
        }
        if (schema.getContext().isRequest()) {
            required.getIncreased().forEach(name -> found.add(place.field(child(path, name))
                    + (schema.getIncreasedProperties().containsKey(name) ? " is new and required"
                    : " became required")));
        } else {
            required.getMissing().stream().filter(name -> !schema.getMissingProperties().containsKey(name))
                    .forEach(name -> found.add(place.field(child(path, name)) + " is no longer always present"));
        }
    }

    /** Clients still read a removed response field, and still send a removed request field, silently ignored. */
    private void removedFields(ChangedSchema schema, String path) {
        schema.getMissingProperties().keySet()
                .forEach(name -> found.add(place.field(child(path, name)) + " removed"));
    }

    /** An enum may grow on either side (openapi-diff is told so), and never shrink on either (DESIGN §7). */
    private void enumeration(ChangedEnum<?> values, String field) {
        if (values != null && !values.getMissing().isEmpty()) {
            found.add(field + (values.getContext().isRequest() ? " no longer accepts " : " no longer carries ")
                    + values.getMissing());
        }
    }

    /** maxLength, pattern, numericRange, oneOf...: what a client may send or must expect, tightened or loosened. */
    private void constraints(ChangedSchema schema, String field) {
        schema.getChangedElements().stream().filter(Objects::nonNull)
                .filter(element -> !(element instanceof ChangedSchema || element instanceof ChangedRequired
                        || element instanceof ChangedEnum))
                .filter(SchemaBreaks::breaksByItself)
                .forEach(element -> found.add(field + " changed its " + constraintName(element) + " incompatibly"));
    }

    /** A composed change (oneOf) counts for its own mapping only: its variants are walked as fields. */
    private static boolean breaksByItself(Changed element) {
        return element instanceof ComposedChanged composed ? composed.isCoreChanged().isIncompatible()
                : element.isIncompatible();
    }

    private static String constraintName(Changed element) {
        String name = element.getClass().getSimpleName().replaceFirst("^Changed", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "nothing";
        }
        String type = schema.getType() != null ? schema.getType() : String.valueOf(schema.getTypes());
        return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
