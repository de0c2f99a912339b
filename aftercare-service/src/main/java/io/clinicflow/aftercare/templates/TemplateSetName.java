package io.clinicflow.aftercare.templates;

import java.util.Locale;

/** A template set's name: the chain and the locale it writes for, also its folder {@code <chain>/<locale>}. */
record TemplateSetName(String chain, Locale locale) {

    /** The folder {@code <chain>/<language tag>}, e.g. {@code default/en-GB}. */
    String path() {
        return chain + "/" + locale.toLanguageTag();
    }

    @Override
    public String toString() {
        return path();
    }
}
