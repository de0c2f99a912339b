package io.clinicflow.testkit;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service's HTTP contract, frozen as the OpenAPI document it served when the contract was agreed, as the event
 * contract is frozen in the Avro baselines of {@code schemas} (ADR 0036). The live document may add operations and
 * optional fields; it may not break a client written against the baseline.
 */
public final class HttpContract {

    /** {@code true} writes the live document over the baseline, then fails: a re-freeze is never a silent pass. */
    public static final String REFREEZE = "clinicflow.openapi.refreeze";

    // sorted keys: a re-freeze diffs by what changed, not by the order springdoc happened to list things in
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final String service;
    private final Path baseline;

    private HttpContract(String service, Path baseline) {
        this.service = service;
        this.baseline = baseline;
    }

    /** The service's baseline in the module whose tests run: {@code src/test/resources/openapi/<service>-v1.json}. */
    public static HttpContract of(String service) {
        return new HttpContract(service, Path.of("src/test/resources/openapi", service + "-v1.json"));
    }

    /** Fails, naming each broken operation and field, when the service's {@code /v3/api-docs} breaks the baseline. */
    public void assertKeptBy(ApiClient runningService) {
        String live = runningService.getText("/v3/api-docs");
        if (Boolean.getBoolean(REFREEZE)) {
            freeze(live);
            throw new AssertionError("re-froze " + service + "'s HTTP contract at " + baseline.toAbsolutePath()
                    + " from the live document: review its diff, then run again without -D" + REFREEZE);
        }
        if (!Files.exists(baseline)) {
            throw new AssertionError(service + " has no frozen HTTP contract at " + baseline.toAbsolutePath()
                    + ": freeze one with -D" + REFREEZE + "=true");
        }
        List<ContractBreak> breaks = ContractBreaks.between(read(baseline), live);
        if (!breaks.isEmpty()) {
            throw new AssertionError(brokenMessage(breaks));
        }
    }

    private String brokenMessage(List<ContractBreak> breaks) {
        return service + " breaks its frozen HTTP contract " + baseline + " (ADR 0036):\n"
                + breaks.stream().map(broken -> "  " + broken).collect(Collectors.joining("\n"))
                + "\nKeep /api/v1 compatible (new paths, new optional fields). A deliberate break goes under a new"
                + " /api/v2 path with an ADR, and re-freezes the baseline: -D" + REFREEZE + "=true";
    }

    private void freeze(String liveDocument) {
        Map<?, ?> document = JSON.readValue(liveDocument, Map.class);
        document.remove("servers");     // names this test's random port, no part of the contract
        try {
            Files.createDirectories(baseline.getParent());
            Files.writeString(baseline, JSON.writeValueAsString(document) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
