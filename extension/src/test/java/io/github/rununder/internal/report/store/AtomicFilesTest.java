package io.github.rununder.internal.report.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReplacesAFileLeavingNoTemporaryFile() throws IOException {
        Path report = dir.resolve("report.json");

        AtomicFiles.write(report, "first");
        AtomicFiles.write(report, "second ✓");

        assertThat(Files.readString(report)).isEqualTo("second ✓");
        assertThat(files()).containsExactly("report.json");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheLastGoodFile() throws IOException {
        Path report = dir.resolve("report.json");
        AtomicFiles.write(report, "good");

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(report)).isEqualTo("good");
        assertThat(files()).containsExactly("report.json");
    }

    @Test
    void aJvmKilledHalfWayThroughAWriteLeavesTheLastGoodFile() throws Exception {
        Path report = dir.resolve("report.json");
        AtomicFiles.write(report, "good");
        Process writer = ForkedWriter.start("stall", report.toString());
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("HALF");
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }

        assertThat(Files.readString(report)).isEqualTo("good");
        assertThat(files()).hasSize(2).contains("report.json").anyMatch(name -> name.startsWith(".report.json."));

        AtomicFiles.deleteTemporaryFiles(dir);
        assertThat(files()).containsExactly("report.json");
    }

    @Test
    void onlyTheTemporaryFilesRunUnderWritesAreDeleted() throws IOException {
        for (String name : new String[] {".notes.tmp", ".report.json.tmp", ".report.json.draft.tmp", ".idea.swp.tmp",
            "report.json.tmp"}) {
            Files.writeString(dir.resolve(name), "a user's file");
        }
        Files.writeString(dir.resolve(".report.md.0f4c2a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6.tmp"), "left by a killed run");
        Files.writeString(dir.resolve(".part-123-0f4c2a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6.json.0f4c2a9e-1b2c-4d3e-8f90-a1b2c3d4e5f7.tmp"),
                "left by a killed run");

        AtomicFiles.deleteTemporaryFiles(dir);

        assertThat(files()).containsExactly(".idea.swp.tmp", ".notes.tmp", ".report.json.draft.tmp", ".report.json.tmp",
                "report.json.tmp");
    }

    private Stream<String> filesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<String> names = filesStream()) {
            return names.toList();
        }
    }
}
