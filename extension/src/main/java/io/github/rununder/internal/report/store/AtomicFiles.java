package io.github.rununder.internal.report.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader, or a run killed half-way, never sees half a file: the content
 * goes to a temporary file beside the target, is forced to disk, and replaces the target with an
 * atomic rename. A temporary file left by a killed run ends in a random suffix and {@value #TEMP_SUFFIX}
 * and is removed by {@link #deleteTemporaryFiles(Path)} under the directory's lock.
 */
public final class AtomicFiles {

    static final String TEMP_SUFFIX = ".tmp";

    /** The temporary files {@link #write(Path, Content)} makes for the report's files and parts. */
    private static final Pattern OWN_TEMPORARY = Pattern.compile(
            "\\.(report\\.(html|md|json)|part-[^/\\\\]+\\.json)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    private AtomicFiles() {}

    /** What goes into a file, written to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code text} as UTF-8, encoded in chunks: a report of megabytes is never copied into
     * one more string and one more byte array.
     */
    static void write(Path target, StringBuilder text) throws IOException {
        write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            char[] chunk = new char[16_384];
            for (int start = 0; start < text.length(); start += chunk.length) {
                int end = Math.min(text.length(), start + chunk.length);
                text.getChars(start, end, chunk, 0);
                writer.write(chunk, 0, end - start);
            }
            writer.flush();
        });
    }

    static void write(Path target, Content content) throws IOException {
        // Not Files.createTempFile: its files are private to the owner, and a report is for everyone who may read the build.
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notSupported) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Removes temporary files that killed runs of RunUnder left in {@code directory}; call it holding
     * the lock. Only names RunUnder writes are touched, a report file's or a part's with the random
     * suffix {@link #write(Path, Content)} gives them: the directory may be one the user chose, such
     * as {@code .}, and hold temporary files of other tools.
     */
    static void deleteTemporaryFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory,
                file -> OWN_TEMPORARY.matcher(file.getFileName().toString()).matches())) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
