package io.github.rununder.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the README's results table and its "which model should I use?" list from the
 * {@code report.md} that the samples' run just wrote, so the figures in the README are always
 * ones measured, never typed. Run by the {@code samples} profile after the samples passed;
 * replaces what lies between {@code <!-- results:start -->} and {@code <!-- results:end -->}, and
 * the sweep sample's table (see {@link SweepTable}) between {@code <!-- sweep:start -->} and
 * {@code <!-- sweep:end -->}.
 */
public final class ResultsTable {

    private static final List<String> MODELS = List.of("SEQUENTIAL", "THREADS", "VIRTUAL_THREADS", "PROCESSES", "ASYNC");
    private static final Map<String, String> PYTHON = Map.of(
            "SEQUENTIAL", "the baseline: one task at a time",
            "THREADS", "`threading`: IO-bound work with moderate concurrency; no help for CPU-bound work (the GIL)",
            "VIRTUAL_THREADS", "no equivalent: blocking code at the scale of `asyncio`",
            "PROCESSES", "`multiprocessing`: CPU-bound work",
            "ASYNC", "`asyncio`: very many concurrent IO operations; CPU work needs `run_in_executor`");
    private static final List<String> KINDS = List.of("IO-bound", "Mixed", "CPU-bound");
    private static final Pattern SECTION = Pattern.compile("^### \\S+ (\\S+)$");
    private static final Pattern RECOMMENDED = Pattern.compile("^\\*\\*(\\w+)\\*\\* — (.*)$");
    private static final Pattern SUMMARY_ROW = Pattern.compile("^\\| \\S+ \\| (\\S+) \\| ([^|]+) \\|");
    private static final Pattern MODEL_ROW = Pattern.compile("^\\| ([A-Z\\\\_]+)[^|]* \\| ([^|]+) \\| [^|]+ \\| ([^|]+) \\|");

    private ResultsTable() {}

    /** One sample method as the report shows it. */
    private record Sample(String method, String kind, String recommended, String reason, Map<String, String> cells) {}

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args[0]);
        Path readme = Path.of(args[1]);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        String environment = lines.stream().filter(l -> l.contains(" cores")).findFirst().orElse("").trim();
        List<String> sweeps = SweepTable.sweeps(lines);
        List<Sample> samples = new ArrayList<>(parse(lines).stream().filter(s -> !sweeps.contains(s.method())).toList());
        samples.sort(Comparator.comparingInt((Sample s) -> KINDS.indexOf(s.kind())).thenComparing(Sample::method));
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        text = replace(text, "results", render(samples, environment), readme);
        text = replace(text, "sweep", SweepTable.render(lines, "Measured by `mvn -B -Psamples verify` on "
                + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd")) + ": "
                + environment.replace("|", "/") + "; written from `samples/target/rununder/report.md`.\n\n"), readme);
        Files.writeString(readme, text, StandardCharsets.UTF_8);
        System.out.println("README results and sweep tables written from " + report.toAbsolutePath());
    }

    /** {@code text} with what lies between {@code <!-- name:start -->} and {@code <!-- name:end -->} replaced. */
    private static String replace(String text, String name, String content, Path readme) {
        int start = text.indexOf("<!-- " + name + ":start -->");
        int end = text.indexOf("<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException(readme + " has no <!-- " + name + ":start --> ... <!-- " + name
                    + ":end --> markers");
        }
        return text.substring(0, start) + "<!-- " + name + ":start -->\n" + content + text.substring(end);
    }

    private static List<Sample> parse(List<String> lines) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = SUMMARY_ROW.matcher(line);
            if (row.find() && !line.startsWith("|---")) {
                kinds.put(row.group(1), row.group(2).trim());
            }
        }
        List<Sample> samples = new ArrayList<>();
        String method = null;
        String recommended = "";
        String reason = "";
        Map<String, String> cells = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            Matcher advice = RECOMMENDED.matcher(line);
            Matcher model = MODEL_ROW.matcher(line);
            if (section.matches()) {
                if (method != null) {
                    samples.add(new Sample(method, kinds.getOrDefault(method, ""), recommended, reason, cells));
                }
                method = section.group(1);
                recommended = "";
                reason = "";
                cells = new LinkedHashMap<>();
            } else if (method != null && advice.matches()) {
                recommended = advice.group(1);
                reason = advice.group(2);
            } else if (method != null && model.find()) {
                String name = model.group(1).replace("\\_", "_");
                String median = model.group(2).trim();
                String speedup = model.group(3).trim();
                cells.put(name, speedup.equals("—") || !median.matches("[\\d.]+ \\S+") ? median : median + " (" + speedup + ")");
            }
        }
        if (method != null) {
            samples.add(new Sample(method, kinds.getOrDefault(method, ""), recommended, reason, cells));
        }
        return samples;
    }

    private static String render(List<Sample> samples, String environment) {
        StringBuilder out = new StringBuilder();
        out.append("Measured by `mvn -B -Psamples verify` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd"))).append(": ")
                .append(environment.replace("|", "/")).append(". Median round time, speed-up against SEQUENTIAL in"
                        + " brackets; written from `samples/target/rununder/report.md`.\n\n");
        out.append("| Model | Python's rule of thumb |");
        samples.forEach(s -> out.append(' ').append(s.method()).append(" |"));
        out.append("\n|---|---|");
        samples.forEach(s -> out.append("--:|"));
        out.append("\n| *workload* | |");
        samples.forEach(s -> out.append(' ').append(s.kind()).append(" |"));
        out.append('\n');
        for (String model : MODELS) {
            out.append("| ").append(model).append(" | ").append(PYTHON.get(model)).append(" |");
            samples.forEach(s -> out.append(' ').append(s.cells().getOrDefault(model, "—")).append(" |"));
            out.append('\n');
        }
        out.append("| *recommended* | |");
        samples.forEach(s -> out.append(" **").append(s.recommended()).append("** |"));
        out.append("\n\n#### Which model should I use?\n\nWhat the measurements above say, workload by workload:\n\n");
        for (Sample sample : samples) {
            out.append("- **").append(sample.method()).append("** (").append(sample.kind()).append("): **")
                    .append(sample.recommended()).append("**. ").append(sample.reason()).append('\n');
        }
        return out.append('\n').toString();
    }
}
