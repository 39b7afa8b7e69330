package io.github.rununder.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples' methods as {@code report.md} shows them: per method (and parameter set), its status,
 * workload kind, recommendation and each model's median with its speed-up. Read from the Markdown
 * report because that is the report written for people and CI summaries; the samples use only
 * RunUnder's public side.
 */
final class SamplesReport {

    /** The models in the results table's order. */
    static final List<String> MODELS = List.of("SEQUENTIAL", "THREADS", "VIRTUAL_THREADS", "PROCESSES", "ASYNC");

    private static final Pattern SECTION = Pattern.compile("^### (\\S+) (.+)$");
    private static final Pattern RECOMMENDED = Pattern.compile("^\\*\\*(\\w+)\\*\\* — (.*)$");
    private static final Pattern SUMMARY_ROW = Pattern.compile("^\\| (\\S+) \\| (.+?) \\| ([^|]+) \\|");
    private static final Pattern MODEL_ROW = Pattern.compile("^\\| ([A-Z\\\\_]+)[^|]* \\| ([^|]+) \\| [^|]+ \\| ([^|]+) \\|");
    private static final Pattern MEASURED = Pattern.compile("[\\d.]+ \\S+");

    /** One model of a method: its median (or why it has none, such as {@code ABORTED}) and speed-up. */
    record Cell(String median, String speedup) {

        boolean measured() {
            return MEASURED.matcher(median).matches();
        }

        /** {@code 56.3 ms (6.9×)}; the baseline's median alone; or the reason it has none. */
        String text() {
            return speedup.equals("—") || !measured() ? median : median + " (" + speedup + ")";
        }
    }

    /**
     * One method, or one parameter set of it, as the report shows it; {@code swept} when it swept
     * several concurrencies (see {@link SweepTable}), whose models are not one figure each.
     */
    record Sample(String name, boolean passed, boolean swept, String kind, String recommended, String reason,
            Map<String, Cell> cells) {}

    private final String environment;
    private final List<Sample> samples;

    private SamplesReport(String environment, List<Sample> samples) {
        this.environment = environment;
        this.samples = samples;
    }

    /** The line naming the JVM, the system and the cores. */
    String environment() {
        return environment;
    }

    List<Sample> samples() {
        return samples;
    }

    /** The samples of {@code lines} (report.md); {@code sweeps} names those that swept concurrencies. */
    static SamplesReport parse(List<String> lines, List<String> sweeps) {
        String environment = lines.stream().filter(l -> l.contains(" cores")).findFirst().orElse("").trim();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = SUMMARY_ROW.matcher(line);
            if (row.find() && !line.startsWith("|---")) {
                kinds.put(unescape(row.group(2)), row.group(3).trim());
            }
        }
        List<Sample> samples = new ArrayList<>();
        Sample current = null;
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            Matcher advice = RECOMMENDED.matcher(line);
            Matcher model = MODEL_ROW.matcher(line);
            if (section.matches()) {
                String name = unescape(section.group(2));
                current = new Sample(name, section.group(1).equals("✅"), sweeps.contains(section.group(2).trim()),
                        kinds.getOrDefault(name, ""), "", "", new LinkedHashMap<>());
                samples.add(current);
            } else if (current != null && advice.matches()) {
                current = new Sample(current.name(), current.passed(), current.swept(), current.kind(), advice.group(1),
                        advice.group(2), current.cells());
                samples.set(samples.size() - 1, current);
            } else if (current != null && model.find() && !line.startsWith("| Model ")) {
                current.cells().put(unescape(model.group(1)), new Cell(model.group(2).trim(), model.group(3).trim()));
            }
        }
        return new SamplesReport(environment, samples);
    }

    /** The Markdown report escapes {@code [ ] _ \}: the README's table cells need none of it. */
    static String unescape(String text) {
        return text.trim().replaceAll("\\\\([\\[\\]_\\\\|`*#!])", "$1");
    }
}
