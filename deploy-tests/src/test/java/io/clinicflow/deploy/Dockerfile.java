package io.clinicflow.deploy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's Dockerfile, instruction by instruction (continuation lines joined, comments dropped). */
record Dockerfile(String service, List<String> instructions) {

    static Dockerfile of(String service) {
        String text = Checkout.text(service + "/Dockerfile").replaceAll("(?m)^\\s*#.*\\n", "").replace("\\\n", " ");
        return new Dockerfile(service, Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .toList());
    }

    /** Arguments of every instruction with this keyword, in order. */
    List<String> all(String keyword) {
        return instructions.stream().filter(line -> line.startsWith(keyword + " "))
                .map(line -> line.substring(keyword.length() + 1).strip()).toList();
    }

    String only(String keyword) {
        List<String> found = all(keyword);
        if (found.size() != 1) {
            throw new AssertionError(service + "/Dockerfile has " + found.size() + " " + keyword + " instructions");
        }
        return found.getFirst();
    }

    /** The shell command of HEALTHCHECK CMD ["bash", "-c", "<command>"], JSON escapes undone. */
    String healthcheckCommand() {
        Matcher matcher = Pattern.compile("CMD \\[\"bash\", \"-c\", \"(.*)\"]$").matcher(only("HEALTHCHECK"));
        if (!matcher.find()) {
            throw new AssertionError(service + "/Dockerfile HEALTHCHECK is not CMD [\"bash\", \"-c\", \"...\"]");
        }
        return matcher.group(1).replace("\\\\", "\\").replace("\\\"", "\"");
    }
}
