package io.clinicflow.e2e.edge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What must hold for every answer at the edge (issue 23), most serious first. A refusal is any 4xx; the secrets
 * are the other location's ids, names and e-mail, which an answer may only contain when the request said them.
 */
final class EdgeProperties {

    /** A property an answer broke, and how. */
    record Violation(String property, String how) {
        /** Failures with the same signature are the same failure, whatever the values. */
        String signature(EdgeRequest request, Answer answer) {
            return request.operation().name() + " | " + request.input() + " | " + property + " | " + answer.status();
        }
    }

    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.hibernate"
                    + "|org\\.postgresql|org\\.apache|io\\.clinicflow)\\.[a-z]\\w*|\\b[A-Z]\\w*Exception\\b");

    private EdgeProperties() {
    }

    static Optional<Violation> check(EdgeRequest request, Answer answer, Map<String, Long> grown,
                                     List<String> secrets) {
        int status = answer.status();
        if (status == 0) {
            return violated("an answer", answer.body());
        }
        if (status >= 500) {
            return violated("never 5xx", answer.excerpt());
        }
        if (!request.input().rightAnswers(request.operation()).contains(status)) {
            return violated("the right answer", "expected one of " + request.input().rightAnswers(request.operation())
                    + " for " + request.input().description + ", got " + status + ": " + answer.excerpt());
        }
        if (status >= 400 && answer.json().map(body -> body.path("status").asInt() != status).orElse(true)) {
            return violated("a problem detail", "[" + answer.contentType() + "] " + answer.excerpt());
        }
        if (status >= 400 && namesJava(answer.body())) {
            return violated("no Java names in a refusal", answer.excerpt());
        }
        if (status >= 400 && !grown.isEmpty()) {
            return violated("nothing stored on a refusal", "rows added " + grown + " by a " + status);
        }
        String said = request.said();
        return secrets.stream().filter(secret -> answer.body().contains(secret) && !said.contains(secret)).findFirst()
                .flatMap(secret -> violated("no other location's data", "answer names " + secret + ": "
                        + answer.excerpt()));
    }

    /** Whether a text names a Java package, class or exception: internals that no answer may show. */
    static boolean namesJava(String text) {
        return JAVA_NAME.matcher(text).find();
    }

    private static Optional<Violation> violated(String property, String how) {
        return Optional.of(new Violation(property, how));
    }
}
