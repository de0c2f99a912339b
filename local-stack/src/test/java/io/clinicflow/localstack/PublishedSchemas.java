package io.clinicflow.localstack;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a subscriber outside ClinicFlow has: the published {@code .avsc} files, parsed with Avro's own parser, and the
 * single-object encoding of DESIGN §3 ({@code C3 01}, the writer schema's CRC-64-AVRO fingerprint in 8 little-endian
 * bytes, the binary body). No generated classes, no ClinicFlow codec.
 */
final class PublishedSchemas {

    private static final int HEADER_LENGTH = 10;

    private final Map<Long, Schema> byFingerprint;

    private PublishedSchemas(Map<Long, Schema> byFingerprint) {
        this.byFingerprint = byFingerprint;
    }

    /** Parses every {@code .avsc} under the directory, {@code common/} first: the events refer to its named types. */
    static PublishedSchemas in(Path directory) {
        Schema.Parser parser = new Schema.Parser();
        try (Stream<Path> files = Files.walk(directory)) {
            return new PublishedSchemas(files.filter(file -> file.toString().endsWith(".avsc"))
                    .sorted(Comparator.comparing((Path file) -> !directory.relativize(file).startsWith("common"))
                            .thenComparing(Path::toString))
                    .map(file -> parse(parser, file))
                    .collect(Collectors.toMap(SchemaNormalization::parsingFingerprint64, Function.identity())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record in a single-object encoded value, read with the published schema its fingerprint names. */
    GenericRecord decode(byte[] value) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
        if (value.length < HEADER_LENGTH || bytes.get(0) != (byte) 0xC3 || bytes.get(1) != 0x01) {
            throw new IOException("No single-object marker C3 01");
        }
        Schema schema = byFingerprint.get(bytes.getLong(2));
        if (schema == null) {
            throw new IOException("No published schema has fingerprint %016x".formatted(bytes.getLong(2)));
        }
        BinaryDecoder body = DecoderFactory.get().binaryDecoder(value, HEADER_LENGTH, value.length - HEADER_LENGTH, null);
        GenericRecord record = new GenericDatumReader<GenericRecord>(schema).read(null, body);
        if (!body.isEnd()) {
            throw new IOException("Bytes left after a " + schema.getFullName());
        }
        return record;
    }

    private static Schema parse(Schema.Parser parser, Path file) {
        try {
            return parser.parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
