package io.clinicflow.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;

/**
 * Writes {@link PlainText} into the OpenAPI document as {@code maxLength} and {@code pattern}: springdoc reads
 * {@code @Size} and {@code @Pattern} only where they stand on the field itself, so without this the document would
 * hide the limits a stranger's client must keep (ADR 0036, 0037).
 */
public class TextLimitsInOpenApi implements PropertyCustomizer {

    /** PlainText's ONE_LINE and LINES, in the ECMA 262 syntax JSON Schema uses. */
    private static final String ONE_LINE = "^[^\\u0000-\\u001f\\u007f]*$";
    private static final String LINES = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$";

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        for (Annotation annotation : type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations()) {
            if (annotation instanceof PlainText text) {
                property.maxLength(text.max()).pattern(text.characters().equals(PlainText.LINES) ? LINES : ONE_LINE);
            }
        }
        return property;
    }
}
