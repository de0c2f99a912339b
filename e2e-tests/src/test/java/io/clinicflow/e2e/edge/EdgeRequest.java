package io.clinicflow.e2e.edge;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** One generated request, as it goes on the wire, with the hostile input it carries. */
record EdgeRequest(ApiOperation operation, HostileInput input, String change, String uri,
                   Map<String, String> headers, byte[] body) {

    private static final int SHOWN = 600;

    /** Everything the request says, as text: what an answer may echo without leaking anything. */
    String said() {
        return uri + " " + headers + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    /** The request as a failure report shows it: long bodies cut, tokens named rather than printed. */
    String shown() {
        Map<String, String> visible = new TreeMap<>(headers);
        visible.computeIfPresent("Authorization", (name, value) -> value.length() > 40
                ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value);
        String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
        String cut = text.length() > SHOWN ? text.substring(0, SHOWN) + "…(" + body.length + " bytes)" : text;
        return operation.method() + " " + shorten(uri) + "\n  headers " + visible + "\n  body " + cut;
    }

    private static String shorten(String uri) {
        return uri.length() > SHOWN ? uri.substring(0, SHOWN) + "…(" + uri.length() + " chars)" : uri;
    }
}
