package io.github.rununder.internal.report;

import io.github.rununder.RunUnder;
import io.github.rununder.internal.report.render.ConsoleSummary;
import io.github.rununder.internal.report.store.ReportDirectory;
import io.github.rununder.internal.report.store.ReportStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the build-time report when a test plan finishes: {@code report.json}, {@code report.html}
 * and {@code report.md} in {@value ReportDirectory#DEFAULT} (or {@code rununder.report.dir}),
 * merged with the parts other test JVMs of the same build left there, and a short table on
 * {@code System.out}. Registered through {@code META-INF/services}, so Surefire, Gradle, the
 * Console Launcher and IDEs load it alike; users never name it.
 *
 * <p>Does nothing in a forked {@code PROCESSES} worker ({@value #WORKER_PROPERTY}{@code =true}),
 * nor in a run without {@code @RunUnder} methods, nor with {@code rununder.report=off}. It never fails a test: a report that cannot be
 * written is reported on {@code System.err}, and the extension fails the methods of a run whose
 * report directory cannot be written with a configuration error.
 */
public final class RunUnderReportListener implements TestExecutionListener {

    /** System property set in forked worker JVMs, where no report is written. */
    public static final String WORKER_PROPERTY = RunUnder.WORKER_PROPERTY_NAME;

    private final PrintStream console;
    private final PrintStream errors;
    private final Supplier<String> session;
    private volatile Run run;

    /** The listener the service loader creates. */
    public RunUnderReportListener() {
        this(System.out, System.err, BuildSession::current);
    }

    RunUnderReportListener(PrintStream console, PrintStream errors, Supplier<String> session) {
        this.console = console;
        this.errors = errors;
        this.session = session;
    }

    /** What one test plan needs: its recorder and where the report goes. */
    private record Run(TestPlan plan, RunRecorder recorder, ConfigurationParameters configuration) {}

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        ConfigurationParameters configuration = plan.getConfigurationParameters();
        boolean worker = Boolean.parseBoolean(System.getProperty(WORKER_PROPERTY))
                || configuration.getBoolean(WORKER_PROPERTY).orElse(false);
        boolean off = configuration.get(RunUnder.REPORT_PROPERTY_NAME).map(value -> value.trim().equalsIgnoreCase("off"))
                .orElse(false);
        run = worker || off ? null : new Run(plan, new RunRecorder(Runtime.getRuntime().availableProcessors()),
                configuration);
    }

    @Override
    public void executionSkipped(TestIdentifier node, String reason) {
        Run current = run;
        if (current != null) {
            current.recorder().skipped(current.plan(), node, reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier node, TestExecutionResult result) {
        Run current = run;
        if (current != null) {
            current.recorder().finished(current.plan(), node, result);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Run current = run;
        run = null;
        if (current == null || current.recorder().records().isEmpty()) {
            return;
        }
        List<TestRecord> tests = current.recorder().records();
        Path directory;
        try {
            directory = ReportDirectory.resolve(current.configuration().get(RunUnder.REPORT_DIR_PROPERTY_NAME).orElse(null));
        } catch (InvalidPathException invalid) {
            errors.println("RunUnder: no report written: " + RunUnder.REPORT_DIR_PROPERTY_NAME + " is not a path: "
                    + invalid.getMessage());
            return;
        }
        List<String> warnings = new ArrayList<>();
        Baseline baseline = baseline(current.configuration(), warnings);
        try {
            Report report = new ReportStore(directory).publish(session.get(), tests, baseline, warnings);
            console.print(ConsoleSummary.write(report, tests, directory.resolve("report.html")));
        } catch (IOException | RuntimeException failure) {
            errors.println("RunUnder: the report could not be written to " + directory + " ("
                    + RunUnder.REPORT_DIR_PROPERTY_NAME + "): " + failure);
        }
    }

    private static Baseline baseline(ConfigurationParameters configuration, List<String> warnings) {
        String path = configuration.get(RunUnder.BASELINE_PROPERTY_NAME).orElse(null);
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            return Baseline.read(ReportDirectory.absolute(path));
        } catch (IOException | RuntimeException unreadable) {
            warnings.add("Not compared with the baseline " + path + ": " + unreadable.getMessage());
            return null;
        }
    }
}
