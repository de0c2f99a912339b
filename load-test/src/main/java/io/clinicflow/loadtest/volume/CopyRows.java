package io.clinicflow.loadtest.volume;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} in CSV: a row is written field by field and sent in
 * megabyte chunks, so no table is ever held in memory. Text is always quoted; an unquoted empty field is SQL null.
 */
final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 1 << 20;
    private static final HexFormat HEX = HexFormat.of();

    private final PGCopyOutputStream stream;
    private final Writer out;
    private boolean firstField = true;

    private CopyRows(PGCopyOutputStream stream) {
        this.stream = stream;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), CHUNK);
    }

    static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        return new CopyRows(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin with (format csv)", CHUNK));
    }

    CopyRows uuid(UUID value) {
        return field(value.toString());
    }

    CopyRows text(String value) {
        return value == null ? none() : field('"' + value.replace("\"", "\"\"") + '"');
    }

    CopyRows texts(List<String> values) {
        return text("{" + String.join(",", values) + "}");
    }

    CopyRows at(Instant value) {
        return value == null ? none() : field(value.toString());
    }

    CopyRows day(LocalDate value) {
        return value == null ? none() : field(value.toString());
    }

    CopyRows number(long value) {
        return field(Long.toString(value));
    }

    CopyRows flag(boolean value) {
        return field(value ? "t" : "f");
    }

    CopyRows bytes(byte[] value) {
        return field("\\x" + HEX.formatHex(value));
    }

    CopyRows none() {
        return field("");
    }

    void end() {
        write("\n");
        firstField = true;
    }

    /** Sends what is left and ends the copy; the number of rows the server took. */
    long finish() throws SQLException {
        try {
            out.flush();
        } catch (IOException e) {
            throw new SQLException("COPY was cut off", e);
        }
        return stream.endCopy();
    }

    private CopyRows field(String value) {
        write(firstField ? value : "," + value);
        firstField = false;
        return this;
    }

    private void write(String value) {
        try {
            out.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY was cut off", e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (stream.isActive()) {
            stream.cancelCopy();
        }
    }
}
