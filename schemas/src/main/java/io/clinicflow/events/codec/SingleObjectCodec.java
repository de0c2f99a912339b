package io.clinicflow.events.codec;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Avro single-object encoding: {@code C3 01}, the writer schema's 8-byte little-endian fingerprint, the binary body.
 * Decoding finds the writer schema by fingerprint in the {@link SchemaCatalog} and resolves it to the reader
 * schema of the same name that this build was generated from.
 */
public final class SingleObjectCodec {

    private static final byte MARKER_1 = (byte) 0xC3;
    private static final byte MARKER_2 = (byte) 0x01;
    private static final int HEADER_LENGTH = 10;
    private static final String GENERATED_PACKAGE = "io.clinicflow.avro.";

    static {
        // Avro 1.12 only instantiates classes it trusts when it decodes specific records: trust our generated ones.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith(GENERATED_PACKAGE)));
    }

    private final SchemaCatalog catalog;
    private final Map<Long, SpecificDatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();
    private final Map<Schema, BinaryMessageEncoder<SpecificRecord>> encoders = new ConcurrentHashMap<>();

    public SingleObjectCodec(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    public static SingleObjectCodec shipped() {
        return new SingleObjectCodec(SchemaCatalog.shipped());
    }

    public byte[] encode(SpecificRecord event) {
        BinaryMessageEncoder<SpecificRecord> encoder = encoders.computeIfAbsent(event.getSchema(),
                schema -> new BinaryMessageEncoder<>(SpecificData.getForSchema(schema), schema));
        try {
            ByteBuffer buffer = encoder.encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpecificRecord decode(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_LENGTH || bytes[0] != MARKER_1 || bytes[1] != MARKER_2) {
            throw new UnreadableEventException("Not Avro single-object encoded (missing C3 01 header)");
        }
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        SpecificDatumReader<SpecificRecord> reader = readers.computeIfAbsent(fingerprint, this::readerFor);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, null);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEventException("Corrupt Avro body for fingerprint " + Long.toHexString(fingerprint), e);
        }
    }

    private SpecificDatumReader<SpecificRecord> readerFor(long fingerprint) {
        Schema writer = catalog.writerSchema(fingerprint).orElseThrow(() ->
                new UnreadableEventException("Unknown writer schema fingerprint " + Long.toHexString(fingerprint)));
        Schema reader = catalog.readerSchema(writer.getFullName()).orElseThrow(() ->
                new UnreadableEventException("No reader for event type " + writer.getFullName()));
        return new SpecificDatumReader<>(writer, reader, SpecificData.getForSchema(reader));
    }
}
