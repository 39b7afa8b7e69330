package io.github.rununder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the README's Performance section from every {@code docs/benchmarks/performance-jdkNN.md}
 * present, between the markers {@code <!-- performance:start -->} and {@code <!-- performance:end -->}.
 */
final class ReadmePerformance {

    private static final String START = "<!-- performance:start -->";
    private static final String END = "<!-- performance:end -->";

    private ReadmePerformance() {}

    static void update(Path root) throws IOException {
        Path readme = root.resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(root.resolve("docs/benchmarks"))) {
            listed.filter(p -> p.getFileName().toString().matches("performance-jdk\\d+\\.md")).sorted().forEach(files::add);
        }
        StringBuilder section = new StringBuilder(START).append("\n");
        for (Path file : files) {
            section.append("\n").append(Files.readString(file).strip()).append("\n");
        }
        section.append("\n").append(END);
        Files.writeString(readme, text.substring(0, start) + section + text.substring(end + END.length()));
    }
}
