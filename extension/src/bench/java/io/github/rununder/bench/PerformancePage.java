package io.github.rununder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the tables of {@code docs/performance.md} from every {@code docs/benchmarks/performance-jdkNN.md}
 * present, between the markers {@code <!-- performance:start -->} and {@code <!-- performance:end -->}.
 */
final class PerformancePage {

    static final String PAGE = "docs/performance.md";

    private static final String START = "<!-- performance:start -->";
    private static final String END = "<!-- performance:end -->";

    private PerformancePage() {}

    static void update(Path root) throws IOException {
        Path page = root.resolve(PAGE);
        String text = Files.readString(page);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(page + " has no " + START + " ... " + END + " markers");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(root.resolve("docs/benchmarks"))) {
            listed.filter(p -> p.getFileName().toString().matches("performance-jdk\\d+\\.md"))
                    .sorted()
                    .forEach(files::add);
        }
        StringBuilder section = new StringBuilder(START).append("\n");
        for (Path file : files) {
            section.append("\n").append(Files.readString(file).strip()).append("\n");
        }
        section.append("\n").append(END);
        Files.writeString(page, text.substring(0, start) + section + text.substring(end + END.length()));
    }
}
