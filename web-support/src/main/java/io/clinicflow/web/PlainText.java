package io.clinicflow.web;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: at most {@code max} characters and no control characters (NUL, which PostgreSQL refuses in
 * text, among them). A name is not a megabyte (issue 23, ADR 0037). One line unless {@code characters} is
 * {@link #LINES}: a note or reason written in a text area keeps its line breaks and tabs.
 */
@Size
@Pattern(regexp = PlainText.ONE_LINE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** A name, a device, a lot: no control character at all. */
    String ONE_LINE = "\\P{Cntrl}*";
    /** A note: line breaks and tabs, no other control character. */
    String LINES = "[\\P{Cntrl}\\t\\n\\r]*";

    String message() default "must be at most {max} characters without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    /** {@link #ONE_LINE} or {@link #LINES}. */
    @OverridesAttribute(constraint = Pattern.class, name = "regexp")
    String characters() default ONE_LINE;
}
