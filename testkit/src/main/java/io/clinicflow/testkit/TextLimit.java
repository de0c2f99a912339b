package io.clinicflow.testkit;

import io.clinicflow.testkit.ApiClient.Response;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text field's limit as a stranger's client meets it (ADR 0037): a value of exactly the limit passes validation
 * (the request may still fail for another reason, such as an unknown id, but not as a 400 on this field), one character
 * more is a 400 that names the field. A field of notes gets a value of several lines.
 */
public final class TextLimit {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextLimit() {
    }

    /** {@code field} is a path into the body ({@code areas[0].depthReason}); {@code lines} allows line breaks. */
    public static void assertKeptBy(ApiClient api, String path, Map<String, Object> validBody, String field, int max,
                                    boolean lines) {
        String atTheLimit = text(max, lines);
        Response accepted = post(api, path, validBody, field, atTheLimit);
        assertThat(accepted.status()).as("%s of %d characters: %s", field, max, accepted.body()).isNotEqualTo(400);
        Response refused = post(api, path, validBody, field, atTheLimit + "x");
        assertThat(refused.status()).as("%s of %d characters: %s", field, max + 1, refused.body()).isEqualTo(400);
        assertThat(refused.body().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactly(field);
    }

    private static Response post(ApiClient api, String path, Map<String, Object> validBody, String field, String text) {
        return api.post(path, HostileBodies.replaced(JSON.valueToTree(validBody), field,
                JsonNodeFactory.instance.stringNode(text)));
    }

    /** Plain words, and for notes lines of them. */
    private static String text(int length, boolean lines) {
        String line = lines ? "healing well\n" : "Ada Lovelace ";
        return line.repeat(length / line.length() + 1).substring(0, length);
    }
}
