package io.clinicflow.aftercare.templates;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads one template set's files by name; empty for a file the set lacks. */
@FunctionalInterface
interface TemplateFiles {

    Optional<String> read(String fileName);

    /** The set's folder under {@code root} on the class path. */
    static TemplateFiles onClassPath(String root, TemplateSetName set) {
        return fileName -> {
            ClassPathResource file = new ClassPathResource(root + "/" + set.path() + "/" + fileName);
            if (!file.exists()) {
                return Optional.empty();
            }
            try {
                return Optional.of(file.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read template " + file.getPath(), e);
            }
        };
    }
}
