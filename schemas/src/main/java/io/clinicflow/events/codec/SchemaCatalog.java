package io.clinicflow.events.codec;

import io.clinicflow.events.EventCatalog;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every writer schema a consumer may meet, by its 64-bit Rabin fingerprint: the current schemas of the
 * {@link EventCatalog} and the frozen versions under {@code avro-baseline/} (listed in its {@code index.txt}).
 */
public final class SchemaCatalog {

    static final String BASELINE_INDEX = "avro-baseline/index.txt";

    private final Map<Long, Schema> writersByFingerprint = new HashMap<>();
    private final Map<String, Schema> readersByName = new HashMap<>();

    private SchemaCatalog(List<Schema> current, List<Schema> frozen) {
        frozen.forEach(this::addWriter);
        current.forEach(schema -> {
            addWriter(schema);
            readersByName.put(schema.getFullName(), schema);
        });
    }

    static SchemaCatalog of(List<Schema> current, List<Schema> frozen) {
        return new SchemaCatalog(current, frozen);
    }

    /** The catalog this build ships: current schemas plus frozen baselines. */
    public static SchemaCatalog shipped() {
        return new SchemaCatalog(EventCatalog.allEvents(), frozenBaselines());
    }

    public static long fingerprintOf(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    public Optional<Schema> writerSchema(long fingerprint) {
        return Optional.ofNullable(writersByFingerprint.get(fingerprint));
    }

    public Optional<Schema> readerSchema(String fullName) {
        return Optional.ofNullable(readersByName.get(fullName));
    }

    private void addWriter(Schema schema) {
        writersByFingerprint.put(fingerprintOf(schema), schema);
    }

    /** Parses the frozen baseline schemas; named types listed first are visible to the ones after. */
    public static List<Schema> frozenBaselines() {
        Schema.Parser parser = new Schema.Parser();
        return baselineFiles().stream()
                .map(file -> parse(parser, "avro-baseline/" + file))
                .filter(schema -> schema.getType() == Schema.Type.RECORD && schema.getField("meta") != null)
                .toList();
    }

    static List<String> baselineFiles() {
        try (InputStream index = resource(BASELINE_INDEX);
             BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema parse(Schema.Parser parser, String path) {
        try (InputStream in = resource(path)) {
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing schema resource " + path);
        }
        return in;
    }
}
