package io.github.rununder.internal.report.store;

import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.Environment;
import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.json.MalformedJsonException;
import io.github.rununder.internal.report.json.ReportJson;
import io.github.rununder.internal.report.render.HtmlReport;
import io.github.rununder.internal.report.render.MarkdownReport;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A report directory: the parts each test JVM leaves in {@code parts/}, and the report merged
 * from them. Each JVM, holding the directory's lock, adds its part and rewrites the three files
 * from every part of the same build; so the last JVM to finish leaves the complete report, and
 * any JVM killed on the way leaves the last good one.
 *
 * <p>Merging rules: a method appears once, with its newest result (a method run again in the same
 * build, by a rerun of failed tests, replaces the earlier one). Parts of another build (see
 * {@link BuildSession}) are deleted: the report shows this build's methods, whether or not
 * {@code mvn clean} ran. A part that cannot be read is left alone and named in the report's warnings.
 */
public final class ReportStore {

    static final String PARTS = "parts";
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;

    public ReportStore(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path html() {
        return directory.resolve("report.html");
    }

    /**
     * Adds the methods {@code tests} of this JVM as a part of build {@code session}, and rewrites the
     * report from every part of that build.
     *
     * @param warnings problems of this run to show in the report, such as an unreadable baseline
     * @return the merged report
     */
    public Report publish(String session, List<TestRecord> tests, Baseline baseline, List<String> warnings) throws IOException {
        Path parts = directory.resolve(PARTS);
        Files.createDirectories(parts);
        try (DirectoryLock lock = DirectoryLock.acquire(directory, LOCK_TIMEOUT)) {
            AtomicFiles.deleteTemporaryFiles(directory);
            AtomicFiles.deleteTemporaryFiles(parts);
            Path own = parts.resolve("part-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".json");
            Report[] merged = new Report[1];
            // The own part is merged from memory, so writing it and merging need not wait for each other.
            BothAtOnce.run(() -> AtomicFiles.write(own, ReportJson.renderPart(session, Environment.current(), tests)),
                    () -> merged[0] = merge(session, baseline, warnings, own, tests));
            BothAtOnce.run(() -> AtomicFiles.write(html(), HtmlReport.render(merged[0])), () -> {
                AtomicFiles.write(directory.resolve("report.md"), MarkdownReport.render(merged[0]));
                AtomicFiles.write(directory.resolve("report.json"), ReportJson.render(merged[0]));
            });
            return merged[0];
        }
    }

    /**
     * The report from every readable part of {@code session}; parts of other builds are deleted.
     * The part {@code own} holds {@code ownTests}, which are taken as they are rather than read back.
     */
    Report merge(String session, Baseline baseline, List<String> runWarnings, Path own, List<TestRecord> ownTests)
            throws IOException {
        Map<String, TestRecord> newest = new HashMap<>();
        List<String> warnings = new ArrayList<>(runWarnings);
        TreeSet<String> javaVersions = new TreeSet<>(List.of(Runtime.version().toString()));
        ownTests.forEach(test -> newest.merge(test.key(), test, ReportStore::newer));
        int count = 1;
        for (Path file : partFiles()) {
            if (file.equals(own)) {
                continue;
            }
            ReportJson.Part part;
            try {
                part = ReportJson.readPart(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | MalformedJsonException | DateTimeParseException unreadable) {
                warnings.add("Left out " + file.getFileName() + ", which cannot be read: " + unreadable.getMessage());
                continue;
            }
            if (!part.session().equals(session)) {
                Files.deleteIfExists(file);
                continue;
            }
            count++;
            javaVersions.add(part.javaVersion());
            for (TestRecord test : part.tests()) {
                newest.merge(test.key(), test, ReportStore::newer);
            }
        }
        if (javaVersions.size() > 1) {
            warnings.add("The tests ran on different JVMs: Java " + String.join(", ", javaVersions));
        }
        List<TestRecord> tests = new ArrayList<>(newest.values());
        tests.sort(Comparator.comparing(TestRecord::className).thenComparing(TestRecord::methodName)
                .thenComparing(TestRecord::parameterTypes).thenComparing(TestRecord::invocation, ReportStore::byNumbers));
        return report(session, tests, warnings, baseline, count);
    }

    /** Orders {@code [2] size=8} before {@code [10] size=1}: digits compare as numbers. */
    static int byNumbers(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int compared = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
                if (compared != 0) {
                    return compared;
                }
                i = endA;
                j = endB;
            } else if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static TestRecord newer(TestRecord a, TestRecord b) {
        return b.finished().isAfter(a.finished()) ? b : a;
    }

    private static Report report(String session, List<TestRecord> tests, List<String> warnings, Baseline baseline,
            int parts) {
        List<TestAnalysis> analyses = new ArrayList<>(tests.size());
        for (TestRecord test : tests) {
            analyses.add(TestAnalysis.of(test, baseline));
        }
        return new Report(Instant.now(), session, Environment.current(), analyses, warnings,
                baseline == null ? null : baseline.source(), parts);
    }

    private List<Path> partFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory.resolve(PARTS), "part-*.json")) {
            parts.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }
}
