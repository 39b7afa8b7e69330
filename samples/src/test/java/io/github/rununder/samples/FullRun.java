package io.github.rununder.samples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a run of the samples may write the README's results table: only a full run, whose
 * report was written by this very build. Each way a run can be partial gets its own reason.
 *
 * @param test the build's {@code -Dtest} (empty when the tests were not narrowed)
 * @param models the build's {@code -Drununder.models} (empty when every model ran)
 * @param failuresIgnored whether the build went on past failing tests ({@code -Dmaven.test.failure.ignore})
 * @param runStarted when the build started
 * @param reportWritten when the report was last written
 */
record FullRun(String test, String models, boolean failuresIgnored, Instant runStarted, Instant reportWritten) {

    /** Why {@code report} of this run cannot make the README's table; empty when it can. */
    List<String> problems(Path reportFile, SamplesReport report) {
        List<String> problems = new ArrayList<>();
        if (!test.isBlank()) {
            problems.add("-Dtest=" + test + " narrowed the tests: the table shows every sample. Run without -Dtest.");
        }
        if (!models.isBlank()) {
            problems.add("-Drununder.models=" + models + " narrowed the models: the table shows all five. Run without"
                    + " rununder.models.");
        }
        if (failuresIgnored) {
            problems.add("-Dmaven.test.failure.ignore=true lets a run with failing tests reach this step. Run without it.");
        }
        if (reportWritten.isBefore(runStarted)) {
            problems.add(reportFile + " was written at " + reportWritten + ", before this build started (" + runStarted
                    + "): the samples did not run in it (-DskipTests?). Run them.");
        }
        for (SamplesReport.Sample sample : report.samples()) {
            if (!sample.passed()) {
                problems.add(sample.name() + " did not pass: the table shows passing samples only.");
            }
            // A sweep runs its own models at several levels: its table shows what ran.
            for (String model : sample.swept() ? List.<String>of() : SamplesReport.MODELS) {
                SamplesReport.Cell cell = sample.cells().get(model);
                if (cell == null || !cell.measured()) {
                    problems.add(model + " was not measured in " + sample.name() + " (" + (cell == null ? "not in the"
                            + " report" : cell.median()) + ")" + (model.equals("VIRTUAL_THREADS")
                            ? ": run on Java 21 or newer, for example JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64." : "."));
                }
            }
        }
        if (report.samples().isEmpty()) {
            problems.add(reportFile + " lists no @RunUnder method.");
        }
        return problems;
    }
}
