package io.clinicflow.e2e.edge;

import io.clinicflow.events.codec.SchemaCatalog;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Whether bytes are exactly one event as DESIGN §3 writes them: {@code C3 01}, the fingerprint of a schema that
 * ClinicFlow ships, and a body that its writer schema reads to the last byte. Anything else is poison.
 */
final class StrictReading {

    static final int HEADER_LENGTH = 10;
    private static final SchemaCatalog CATALOG = SchemaCatalog.shipped();

    private StrictReading() {
    }

    static boolean isOneEvent(byte[] bytes) {
        Optional<Schema> writer = writerOf(bytes);
        if (writer.isEmpty()) {
            return false;
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH,
                bytes.length - HEADER_LENGTH, null);
        try {
            new GenericDatumReader<>(writer.get()).read(null, decoder);
            return decoder.isEnd();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    static Optional<Schema> writerOf(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_LENGTH || bytes[0] != (byte) 0xC3 || bytes[1] != (byte) 0x01) {
            return Optional.empty();
        }
        return CATALOG.writerSchema(ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }
}
