package io.github.rununder.internal.junit;

import io.github.rununder.RunUnder;
import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.RunUnderReportListener;
import io.github.rununder.internal.report.json.MalformedJsonException;
import io.github.rununder.internal.report.store.ReportDirectory;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report's configuration parameters, checked where a bad value can still fail the
 * {@code @RunUnder} methods with a configuration error: the report listener itself cannot fail a
 * test. Not checked in forked workers, which write no report.
 */
final class ReportSettings {

    private final Optional<Baseline> baseline;
    private final boolean baselineFail;

    private ReportSettings(Optional<Baseline> baseline, boolean baselineFail) {
        this.baseline = baseline;
        this.baselineFail = baselineFail;
    }

    /** Reads the report's parameters, adding a message to {@code problems} for each bad one. */
    static ReportSettings read(Function<String, Optional<String>> parameters, List<String> problems) {
        if (parameters.apply(RunUnderReportListener.WORKER_PROPERTY).map(Boolean::parseBoolean).orElse(false)) {
            return new ReportSettings(Optional.empty(), false);
        }
        if (!reportOn(parameters.apply(RunUnder.REPORT_PROPERTY_NAME), problems)) {
            return new ReportSettings(Optional.empty(), false);
        }
        checkDirectory(parameters.apply(RunUnder.REPORT_DIR_PROPERTY_NAME), problems);
        return new ReportSettings(baseline(parameters.apply(RunUnder.BASELINE_PROPERTY_NAME), problems),
                baselineFail(parameters.apply(RunUnder.BASELINE_FAIL_PROPERTY_NAME), problems));
    }

    /** The report to compare with, when {@code rununder.baseline} names one. */
    Optional<Baseline> baseline() {
        return baseline;
    }

    /** Whether a model slower than in the baseline fails the verdict node. */
    boolean baselineFail() {
        return baselineFail;
    }

    /** Whether the report is written: {@code rununder.report} is {@code on} (default) or {@code off}. */
    private static boolean reportOn(Optional<String> configured, List<String> problems) {
        String text = configured.map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse("on");
        if (!text.equals("on") && !text.equals("off")) {
            problems.add("Configuration error: '" + RunUnder.REPORT_PROPERTY_NAME + "' must be 'on' or 'off', but was '"
                    + configured.orElse("") + "'.");
        }
        return !text.equals("off");
    }

    private static void checkDirectory(Optional<String> configured, List<String> problems) {
        String key = RunUnder.REPORT_DIR_PROPERTY_NAME;
        String fix = ". Point it to a directory that can be written, or remove it to use "
                + RunUnder.DEFAULT_REPORT_DIR + ".";
        Path directory;
        try {
            directory = ReportDirectory.resolve(configured.orElse(null));
        } catch (InvalidPathException invalid) {
            problems.add("Configuration error: '" + key + "' is '" + configured.orElse("") + "', which is not a path: "
                    + invalid.getMessage() + fix);
            return;
        }
        ReportDirectory.whyNotWritable(directory).ifPresent(reason -> problems.add("Configuration error: the report"
                + " directory " + directory + " ('" + key + "'" + configured.map(c -> " = '" + c + "'").orElse(", default")
                + ") cannot be written: " + reason + fix));
    }

    private static Optional<Baseline> baseline(Optional<String> configured, List<String> problems) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return Optional.empty();
        }
        String fix = ". Point it to the report.json of an earlier run, or remove it.";
        String prefix = "Configuration error: '" + RunUnder.BASELINE_PROPERTY_NAME + "' is '" + configured.get() + "', ";
        try {
            return Optional.of(Baseline.read(ReportDirectory.absolute(configured.get())));
        } catch (InvalidPathException | IOException unreadable) {
            problems.add(prefix + "which cannot be read: " + unreadable + fix);
        } catch (MalformedJsonException malformed) {
            problems.add(prefix + "which is not a RunUnder report: " + malformed.getMessage() + fix);
        }
        return Optional.empty();
    }

    private static boolean baselineFail(Optional<String> configured, List<String> problems) {
        String text = configured.map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse("false");
        if (!text.equals("true") && !text.equals("false")) {
            problems.add("Configuration error: '" + RunUnder.BASELINE_FAIL_PROPERTY_NAME
                    + "' must be 'true' or 'false', but was '" + configured.orElse("") + "'.");
        }
        return text.equals("true");
    }
}
