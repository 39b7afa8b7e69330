package io.github.rununder.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the README's results table, and the "which model should I use?" list of
 * {@code docs/samples.md}, from the {@code report.md} that the samples' run just wrote, so that the figures in the README are always
 * measured, never typed. The main job runs it after the samples passed; it leaves the README as it
 * is unless asked with {@code -Dsamples.readme=update}, and then refuses a partial run (see
 * {@link FullRun}). It replaces what lies between {@code <!-- results:start -->} and
 * {@code <!-- results:end -->} of the README, and the sweep sample's table (see {@link SweepTable})
 * between {@code <!-- sweep:start -->} and {@code <!-- sweep:end -->} of {@code docs/scalability.md},
 * and the list between {@code <!-- advice:start -->} and {@code <!-- advice:end -->} of
 * {@code docs/samples.md}. Every file is checked for its markers before any is written.
 *
 * <p>Arguments, each {@code name=value}: {@code report}, {@code readme}, {@code sweep} (the page of
 * the sweep table), {@code advice} (the page of the list), {@code mode} ({@code keep} or {@code update}), {@code test}, {@code models},
 * {@code failuresIgnored}, {@code runStarted} (ISO-8601).
 */
public final class ResultsTable {

    static final String UPDATE_COMMAND = "mvn -B -Psamples verify -Dsamples.readme=update";

    private static final Map<String, String> PYTHON = Map.of(
            "SEQUENTIAL", "the baseline: one task at a time",
            "THREADS", "`threading`: IO-bound work with moderate concurrency; no help for CPU-bound work (the GIL)",
            "VIRTUAL_THREADS", "no equivalent: blocking code at the scale of `asyncio`",
            "PROCESSES", "`multiprocessing`: CPU-bound work",
            "ASYNC", "`asyncio`: very many concurrent IO operations; CPU work needs `run_in_executor`");
    private static final List<String> KINDS = List.of("IO-bound", "Mixed", "CPU-bound");

    private ResultsTable() {}

    public static void main(String[] args) throws IOException {
        System.out.println(run(arguments(args)));
    }

    /**
     * Does what the arguments ask and says what it did.
     *
     * @throws IllegalArgumentException for an unknown mode or a missing argument
     * @throws IllegalStateException when the run cannot make the table, with every reason
     */
    static String run(Map<String, String> arguments) throws IOException {
        Path report = Path.of(required(arguments, "report"));
        Path readme = Path.of(required(arguments, "readme"));
        Path sweepPage = Path.of(required(arguments, "sweep"));
        Path advicePage = Path.of(required(arguments, "advice"));
        String mode = arguments.getOrDefault("mode", "keep");
        if (mode.equals("keep")) {
            return "RunUnder report: " + report.toAbsolutePath().normalize() + " (and report.html beside it). README.md"
                    + " is left as it is; to write its results table from a full run: " + UPDATE_COMMAND;
        }
        if (!mode.equals("update")) {
            throw new IllegalArgumentException("samples.readme must be 'keep' (the default: leave README.md as it is) or"
                    + " 'update' (write its results table from this run), but was '" + mode + "'");
        }
        if (!Files.exists(report)) {
            throw new IllegalStateException("The README's results table was not written: there is no report at " + report
                    + ": the samples did not run. Run " + UPDATE_COMMAND);
        }
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        SamplesReport samples = SamplesReport.parse(lines, SweepTable.sweeps(lines));
        FullRun run = new FullRun(arguments.getOrDefault("test", ""), arguments.getOrDefault("models", ""),
                Boolean.parseBoolean(arguments.getOrDefault("failuresIgnored", "false")),
                Instant.parse(required(arguments, "runStarted")), Files.getLastModifiedTime(report).toInstant());
        List<String> problems = run.problems(report, samples);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The README's results table was not written, because this run is partial:"
                    + System.lineSeparator() + "- " + String.join(System.lineSeparator() + "- ", problems));
        }
        String results = replace(Files.readString(readme, StandardCharsets.UTF_8), "results",
                render(samples, run.runStarted()), readme);
        String advice = replace(Files.readString(advicePage, StandardCharsets.UTF_8), "advice",
                advice(samples, run.runStarted()), advicePage);
        String sweep = replace(Files.readString(sweepPage, StandardCharsets.UTF_8), "sweep",
                SweepTable.render(lines, measuredBy(samples, run.runStarted())
                        + "; written from `samples/target/rununder/report.md`.\n\n"), sweepPage);
        Files.writeString(readme, results, StandardCharsets.UTF_8);
        Files.writeString(sweepPage, sweep, StandardCharsets.UTF_8);
        Files.writeString(advicePage, advice, StandardCharsets.UTF_8);
        return "README results table, " + sweepPage.getFileName() + "'s sweep table and " + advicePage.getFileName()
                + "'s advice written from " + report.toAbsolutePath().normalize();
    }

    /** {@code text} with what lies between {@code <!-- name:start -->} and {@code <!-- name:end -->} replaced. */
    private static String replace(String text, String name, String content, Path file) {
        int start = text.indexOf("<!-- " + name + ":start -->");
        int end = text.indexOf("<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException(file + " has no <!-- " + name + ":start --> ... <!-- " + name
                    + ":end --> markers");
        }
        return text.substring(0, start) + "<!-- " + name + ":start -->\n" + content + text.substring(end);
    }

    /** {@code Measured by `...` on 2026-12-01: 9 methods · Java ... · 2 cores}. */
    private static String measuredBy(SamplesReport report, Instant measured) {
        return "Measured by `" + UPDATE_COMMAND + "` on " + DateTimeFormatter.ISO_LOCAL_DATE.format(
                measured.atZone(ZoneOffset.UTC)) + ": " + report.environment().replace("|", "/");
    }

    /** The samples of the table, IO-bound first, by name within a kind; sweeps have a table of their own. */
    private static List<SamplesReport.Sample> tabled(SamplesReport report) {
        List<SamplesReport.Sample> samples = new ArrayList<>(report.samples().stream().filter(s -> !s.swept()).toList());
        samples.sort(Comparator.comparingInt((SamplesReport.Sample s) -> KINDS.indexOf(s.kind()))
                .thenComparing(SamplesReport.Sample::name));
        return samples;
    }

    /** What the measurements say, workload by workload: the recommended model and its reason. */
    private static String advice(SamplesReport report, Instant measured) {
        StringBuilder out = new StringBuilder(measuredBy(report, measured)).append(":\n\n");
        for (SamplesReport.Sample sample : tabled(report)) {
            out.append("- **").append(sample.name()).append("** (").append(sample.kind()).append("): **")
                    .append(sample.recommended()).append("**. ").append(sample.reason()).append('\n');
        }
        return out.append('\n').toString();
    }

    private static String render(SamplesReport report, Instant measured) {
        List<SamplesReport.Sample> samples = tabled(report);
        StringBuilder out = new StringBuilder();
        out.append(measuredBy(report, measured)).append(". Median round time, speed-up against SEQUENTIAL in"
                + " brackets; written from `samples/target/rununder/report.md`.\n\n");
        out.append("| Model | Python's rule of thumb |");
        samples.forEach(s -> out.append(' ').append(s.name()).append(" |"));
        out.append("\n|---|---|");
        samples.forEach(s -> out.append("--:|"));
        out.append("\n| *workload* | |");
        samples.forEach(s -> out.append(' ').append(s.kind()).append(" |"));
        out.append('\n');
        for (String model : SamplesReport.MODELS) {
            out.append("| ").append(model).append(" | ").append(PYTHON.get(model)).append(" |");
            samples.forEach(s -> out.append(' ').append(s.cells().get(model).text()).append(" |"));
            out.append('\n');
        }
        out.append("| *recommended* | |");
        samples.forEach(s -> out.append(" **").append(s.recommended()).append("** |"));
        out.append("\n\nWhy each model is recommended, workload by workload: [docs/samples.md](docs/samples.md"
                + "#which-model-should-i-use).\n\n");
        return out.toString();
    }

    private static Map<String, String> arguments(String[] args) {
        Map<String, String> arguments = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Arguments are name=value, but got '" + arg + "'");
            }
            arguments.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return arguments;
    }

    private static String required(Map<String, String> arguments, String name) {
        String value = arguments.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing argument " + name + "=...");
        }
        return value;
    }
}
