package io.clinicflow.events.codec;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
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

    static {
        GeneratedClassesTrust.ensure();
    }

    private final SchemaCatalog catalog;
    private final Map<Long, SpecificDatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();
    private final Map<Schema, Writer> writers = new ConcurrentHashMap<>();
    /** Encoding reuses one buffer and encoder per thread: the only allocation per event is the result (issue 8). */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    public SingleObjectCodec(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    public static SingleObjectCodec shipped() {
        return new SingleObjectCodec(SchemaCatalog.shipped());
    }

    public byte[] encode(SpecificRecord event) {
        Writer writer = writers.computeIfAbsent(event.getSchema(), Writer::of);
        Scratch scratch = SCRATCH.get();
        try {
            // Reconfiguring first flushes what a failed encode left in the encoder; the reset then drops it.
            scratch.encoder = EncoderFactory.get().binaryEncoder(scratch, scratch.encoder);
            scratch.reset(writer.header());
            writer.datum().write(event, scratch.encoder);
            scratch.encoder.flush();
            return scratch.toByteArray();
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
        SpecificRecord event;
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, null);
        try {
            event = reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEventException("Corrupt Avro body for fingerprint " + Long.toHexString(fingerprint), e);
        }
        requireEnd(decoder, fingerprint);
        return event;
    }

    /**
     * Avro reads what the writer schema asks for and stops: bytes after the body would otherwise pass unseen, so a
     * fingerprint of one schema over the longer body of another, or an event with anything appended, would decode
     * as an event (issue 23). One body and nothing after it is the wire format (DESIGN §3).
     */
    private static void requireEnd(BinaryDecoder decoder, long fingerprint) {
        try {
            if (!decoder.isEnd()) {
                throw new UnreadableEventException("Bytes after the Avro body for fingerprint "
                        + Long.toHexString(fingerprint));
            }
        } catch (IOException e) {
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

    /** The writer of one schema: its single-object header (marker and fingerprint) and its datum writer. */
    private record Writer(byte[] header, SpecificDatumWriter<SpecificRecord> datum) {

        static Writer of(Schema schema) {
            byte[] header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
                    .put(MARKER_1).put(MARKER_2).putLong(SchemaCatalog.fingerprintOf(schema)).array();
            return new Writer(header, new SpecificDatumWriter<>(schema, SpecificData.getForSchema(schema)));
        }
    }

    /** An unsynchronized growable byte buffer; one per thread, shrunk again after an unusually large event. */
    private static final class Scratch extends OutputStream {

        private static final int INITIAL = 512;
        private static final int KEPT = 64 * 1024;
        private byte[] bytes = new byte[INITIAL];
        private int length;
        private BinaryEncoder encoder;

        void reset(byte[] header) {
            if (bytes.length > KEPT) {
                bytes = new byte[INITIAL];
            }
            length = 0;
            write(header, 0, header.length);
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
