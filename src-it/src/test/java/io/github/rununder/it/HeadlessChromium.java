package io.github.rununder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium}, run headless on a local HTML file: the page's DOM after loading, or a
 * screenshot. Started with a fresh profile and without background networking, so it reaches
 * nothing outside this machine. {@code .ci/run} installs the package when it is missing.
 */
final class HeadlessChromium {

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The chromium on the {@code PATH}, if any. */
    static Optional<HeadlessChromium> find() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .map(HeadlessChromium::new);
    }

    /** The DOM of {@code page} once loaded, serialised as HTML. */
    String dumpDom(Path page, Path workDirectory) {
        Path log = run(workDirectory, "dump-dom", List.of("--dump-dom", page.toUri().toString()));
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of {@code page} as a {@code width}×{@code height} window shows it. */
    Path screenshot(Path page, Path workDirectory, int width, int height) {
        Path png = workDirectory.resolve("screenshot.png");
        run(workDirectory, "screenshot", List.of("--screenshot=" + png, "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString()));
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("chromium wrote no screenshot of " + page + "; see " + workDirectory);
        }
        return png;
    }

    private Path run(Path workDirectory, String what, List<String> arguments) {
        try {
            Files.createDirectories(workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + workDirectory.resolve("profile-" + what)));
        command.addAll(arguments);
        Path output = workDirectory.resolve(what + ".out");
        Path errors = workDirectory.resolve(what + ".err");
        Command.Finished finished = Command.of("chromium-" + what, workDirectory, command)
                .timeout(Duration.ofMinutes(1))
                .errorsTo(errors)
                .run(output);
        if (finished.exitCode() != 0) {
            throw new AssertionError("chromium " + what + " exited with " + finished.exitCode() + "; see " + errors);
        }
        return output;
    }
}
