package io.github.rununder.internal.report.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the report goes: {@code rununder.report.dir}, relative paths resolved against the working
 * directory (the module's directory under Surefire), by default {@value #DEFAULT}.
 */
public final class ReportDirectory {

    /** The directory used when {@code rununder.report.dir} is not set. */
    public static final String DEFAULT = io.github.rununder.RunUnder.DEFAULT_REPORT_DIR;

    private ReportDirectory() {}

    /**
     * The absolute directory {@code configured} names, or the default for {@code null}.
     *
     * @throws InvalidPathException when {@code configured} is no path on this system
     */
    public static Path resolve(String configured) {
        return absolute(configured == null || configured.isBlank() ? DEFAULT : configured);
    }

    /**
     * {@code path} resolved against the working directory.
     *
     * @throws InvalidPathException when {@code path} is no path on this system
     */
    public static Path absolute(String path) {
        return Path.of("").toAbsolutePath().resolve(path.trim()).normalize();
    }

    /**
     * Why the report cannot be written to {@code directory}, or empty when it can: the directory,
     * or the nearest existing directory above it where it is still to be made, must be writable.
     */
    public static Optional<String> whyNotWritable(Path directory) {
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of("no part of it exists");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(existing.equals(directory) ? "it is a file" : existing + " is a file");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(existing.equals(directory) ? "it is not writable" : existing + " is not writable");
        }
        return Optional.empty();
    }
}
