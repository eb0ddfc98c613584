package io.eventref.schema;

import io.eventref.output.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A reproducible zip of one folder of schemas: entries sorted by name under one top folder, every
 * timestamp the same fixed DOS time, no extra fields, so equal files give equal bytes.
 */
final class SchemaZip {

    /**
     * Every entry's time: a plain DOS time (1980-01-01 00:00 itself is the JDK's marker for "before
     * 1980" and would add an extended-timestamp extra field).
     */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private SchemaZip() {
    }

    /**
     * What {@link #zip} makes its bytes from, as one block of bytes: equal keys give equal zips. Each
     * name and content is preceded by its length, so no two lists of files share a key.
     */
    static byte[] key(String top, List<OutputFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeUTF(top);
            for (OutputFile file : files.stream().sorted(Comparator.comparing(OutputFile::path)).toList()) {
                out.writeUTF(file.path());
                out.writeInt(file.content().length);
                out.write(file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Zips {@code files} (names without folders) as {@code top/<name>}. */
    static byte[] zip(String top, List<OutputFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // Schemas are small and alike: the fastest level compresses them nearly as well.
            zip.setLevel(Deflater.BEST_SPEED);
            for (OutputFile file : files.stream().sorted(Comparator.comparing(OutputFile::path)).toList()) {
                ZipEntry entry = new ZipEntry(top + "/" + file.path());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
