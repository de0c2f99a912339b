package io.clinicflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code ## } section of the README, from its heading to the next one, as a reader copies from it. */
record ReadmeSection(List<String> lines) {

    static final Path README = Path.of("..", "README.md");

    static ReadmeSection titled(String title) {
        try {
            List<String> readme = Files.readAllLines(README);
            int heading = readme.indexOf("## " + title);
            if (heading < 0) {
                throw new IllegalArgumentException("README.md has no section '## " + title + "'");
            }
            int next = heading + 1;
            while (next < readme.size() && !readme.get(next).startsWith("## ")) {
                next++;
            }
            return new ReadmeSection(readme.subList(heading + 1, next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ```bash blocks of the section, verbatim and in order, as one script. */
    String bashBlocks() {
        List<String> script = new ArrayList<>();
        boolean inBash = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inBash = !inBash && line.equals("```bash");
            } else if (inBash) {
                script.add(line);
            }
        }
        return String.join("\n", script) + "\n";
    }
}
