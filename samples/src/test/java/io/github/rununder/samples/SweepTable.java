package io.github.rununder.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of the sweep sample in docs/scalability.md, from {@code report.md}: per model the median round time
 * at each level, its best concurrency, σ and N*, and the recommendation. A sample is a sweep when
 * its section of {@code report.md} has a {@code | Scaling |} table; {@link ResultsTable} leaves such
 * samples out of the table of models.
 */
final class SweepTable {

    // A method's heading may go on past its name: a @ParameterizedClass invocation ("PayloadSample.fetch \\[1\\] size=1024").
    private static final Pattern SECTION = Pattern.compile("^### \\S+ (.+)$");
    private static final Pattern LEVEL_ROW = Pattern.compile("^\\| ([A-Z\\\\_]+) [×≤](\\d+) \\| ([^|]+) \\|");
    private static final Pattern SCALING_ROW = Pattern.compile(
            "^\\| ([A-Z\\\\_]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Pattern RECOMMENDED = Pattern.compile("^\\*\\*([A-Z_]+(?: [×≤]\\d+)?)\\*\\* — (.*)$");

    private SweepTable() {}

    /** One swept model: its median round per level, and its fit as the report's Scaling table gives it. */
    private record Swept(Map<Integer, String> medians, String[] fit) {}

    /** The methods of {@code lines} (report.md) that are sweeps: {@code Class.method}. */
    static List<String> sweeps(List<String> lines) {
        List<String> sweeps = new ArrayList<>();
        String method = null;
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                method = section.group(1);
            } else if (method != null && line.startsWith("| Scaling |") && !sweeps.contains(method)) {
                sweeps.add(method);
            }
        }
        return sweeps;
    }

    /** The Markdown of every sweep of {@code lines}, or a note that the run had none. */
    static String render(List<String> lines, String header) {
        List<String> sweeps = sweeps(lines);
        if (sweeps.isEmpty()) {
            return header + "No sweep ran.\n\n";
        }
        StringBuilder out = new StringBuilder(header);
        for (String sweep : sweeps) {
            render(out, sweep, section(lines, sweep));
        }
        return out.toString();
    }

    private static List<String> section(List<String> lines, String method) {
        List<String> section = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            Matcher heading = SECTION.matcher(line);
            if (heading.matches()) {
                inside = heading.group(1).equals(method);
            } else if (inside) {
                section.add(line);
            }
        }
        return section;
    }

    private static void render(StringBuilder out, String method, List<String> section) {
        Map<String, Swept> models = new LinkedHashMap<>();
        TreeSet<Integer> levels = new TreeSet<>();
        String recommended = "";
        String reason = "";
        for (String line : section) {
            Matcher level = LEVEL_ROW.matcher(line);
            Matcher fit = SCALING_ROW.matcher(line);
            Matcher advice = RECOMMENDED.matcher(line);
            if (level.find()) {
                int concurrency = Integer.parseInt(level.group(2));
                levels.add(concurrency);
                models.computeIfAbsent(name(level.group(1)), m -> new Swept(new LinkedHashMap<>(), new String[6]))
                        .medians().put(concurrency, level.group(3).trim());
            } else if (fit.matches() && !line.startsWith("| Scaling")) {
                Swept swept = models.get(name(fit.group(1)));
                if (swept != null) {
                    for (int i = 0; i < 6; i++) {
                        swept.fit()[i] = fit.group(i + 2).trim();
                    }
                }
            } else if (advice.matches()) {
                recommended = advice.group(1);
                reason = advice.group(2);
            }
        }
        out.append("**").append(method).append("**: median time of a round of all tasks, by how many were in flight.\n\n")
                .append("| Model |");
        levels.forEach(level -> out.append(' ').append(level).append(" |"));
        out.append(" Best | σ | N* |\n|---|");
        levels.forEach(level -> out.append("--:|"));
        out.append("--:|--:|--:|\n");
        models.forEach((model, swept) -> {
            out.append("| ").append(model).append(" |");
            levels.forEach(level -> out.append(' ').append(swept.medians().getOrDefault(level, "—")).append(" |"));
            String[] fit = swept.fit();
            out.append(' ').append(orNone(fit[4])).append(" | ").append(orNone(fit[0])).append(" | ").append(orNone(fit[3]))
                    .append(" |\n");
        });
        out.append("\nRecommended: **").append(recommended).append("**. ").append(reason).append("\n\n");
    }

    private static String name(String escaped) {
        return escaped.replace("\\_", "_");
    }

    private static String orNone(String cell) {
        return cell == null ? "—" : cell;
    }
}
