package io.clinicflow.e2e.edge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import static io.clinicflow.e2e.edge.Mutation.oneOf;
import static io.clinicflow.e2e.edge.Mutation.scaled;

/** A body that is no JSON object, or not JSON at all, or sent as something else, or too big to read. */
final class WireMutations {

    private static final List<String> NOT_OBJECTS = List.of("[]", "\"Ada\"", "42", "true");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=edge", "application/octet-stream");

    private WireMutations() {
    }

    static boolean malformedJson(Draft draft, SplittableRandom random, int size) {
        if (draft.body == null) {
            return false;
        }
        String json = draft.json();
        String broken = switch (random.nextInt(7)) {
            // cut inside the text, never to nothing: an empty body is "no body" where the body is optional
            case 0 -> json.substring(0, 1 + random.nextInt(json.length() - 1));
            case 1 -> json.substring(0, json.length() - 1) + ",}";
            // single quotes only break a body that has quotes: {} stays {}, which is JSON (found by seed
            // -3516348407452512428 on an optional body: the cancel answered 404, rightly)
            case 2 -> json.contains("\"") ? json.replace('"', '\'') : json.substring(0, json.length() - 1) + ",}";
            case 3 -> json.substring(0, json.length() - 1) + ",\"x\":NaN}";
            case 4 -> "/* note */" + json;
            case 5 -> json + "}";
            default -> json.substring(0, json.length() - 1) + ",\"x\":\"unclosed}";
        };
        if (random.nextInt(8) == 0) {
            draft.bytes(withInvalidUtf8(json));
            draft.changed("invalid UTF-8 bytes in the body");
        } else {
            draft.bytes(broken.getBytes(StandardCharsets.UTF_8));
            draft.changed("malformed JSON");
        }
        return true;
    }

    static boolean notAnObject(Draft draft, SplittableRandom random, int size) {
        if (draft.body == null) {
            return false;
        }
        // an empty body and null are no object only where a body is required: elsewhere they say "no body"
        String root = switch (random.nextInt(NOT_OBJECTS.size() + 3)) {
            case 0 -> "[" + draft.json() + "]";
            case 1 -> draft.operation.bodyRequired() ? "" : "[]";
            case 2 -> draft.operation.bodyRequired() ? "null" : "[]";
            default -> oneOf(NOT_OBJECTS, random);
        };
        draft.bytes(root.getBytes(StandardCharsets.UTF_8));
        draft.changed("body " + (root.isEmpty() ? "empty" : "is " + root.substring(0, Math.min(20, root.length()))));
        return true;
    }

    static boolean wrongContentType(Draft draft, SplittableRandom random, int size) {
        if (draft.body == null) {
            return false;
        }
        if (random.nextInt(CONTENT_TYPES.size() + 1) == 0) {
            draft.headers.remove("Content-Type");
            draft.changed("no Content-Type");
        } else {
            String type = oneOf(CONTENT_TYPES, random);
            draft.headers.put("Content-Type", type);
            draft.changed("Content-Type " + type);
        }
        return true;
    }

    /** Valid JSON, larger than any request of the clinic: a padding field of 1.5 to 3 MB. */
    static boolean oversizedBody(Draft draft, SplittableRandom random, int size) {
        if (draft.body == null) {
            return false;
        }
        int length = scaled(1_500_000 + random.nextInt(1_500_000), size);
        String json = draft.json();
        String rest = json.equals("{}") ? "}" : "," + json.substring(1);
        String padded = "{\"padding\":\"" + "p".repeat(length) + "\"" + rest;
        draft.bytes(padded.getBytes(StandardCharsets.UTF_8));
        draft.changed("body of " + padded.length() + " bytes");
        return true;
    }

    private static byte[] withInvalidUtf8(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"note\":\"Ada".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes("\",".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(json.substring(1).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
