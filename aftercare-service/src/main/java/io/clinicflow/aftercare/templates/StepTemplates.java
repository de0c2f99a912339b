package io.clinicflow.aftercare.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.clinicflow.aftercare.plans.AftercareStep;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A message step's four Mustache templates, {@code <step>.subject.txt}, {@code .txt}, {@code .html} and
 * {@code .sms.txt}: only the HTML body escapes the values it inserts (a client's name may hold {@code <} or {@code &}).
 */
record StepTemplates(Template subject, Template text, Template html, Template sms) {

    private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false);
    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true);

    /** The step's templates, read by file name with {@code required}, which throws for a file the set lacks. */
    static StepTemplates load(AftercareStep step, Function<String, String> required) {
        String file = fileNameOf(step);
        return new StepTemplates(PLAIN.compile(required.apply(file + ".subject.txt")),
                PLAIN.compile(required.apply(file + ".txt")), HTML.compile(required.apply(file + ".html")),
                PLAIN.compile(required.apply(file + ".sms.txt")));
    }

    /** DAY1_CHECK_IN's templates are day1-check-in.*. */
    static String fileNameOf(AftercareStep step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Subject and SMS are one line: the line break that ends their file is not part of them. */
    MessageContent render(Map<String, Object> model) {
        return new MessageContent(subject.execute(model).strip(), text.execute(model), html.execute(model),
                sms.execute(model).strip());
    }
}
