package io.clinicflow.aftercare.templates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Which templates this deployment uses (ADR 0019): the chain it serves, and the locale of each location, else
 * {@code default-locale}. Locations are booking-service's ids; the events carry no chain and no locale.
 */
@ConfigurationProperties("clinicflow.aftercare.templates")
record TemplateSettings(@DefaultValue("default") String chain, @DefaultValue("en-GB") Locale defaultLocale,
                        Map<UUID, Locale> locations) {

    TemplateSettings {
        locations = locations == null ? Map.of() : Map.copyOf(locations);
    }

    Locale localeOf(UUID locationId) {
        return locations.getOrDefault(locationId, defaultLocale);
    }
}
