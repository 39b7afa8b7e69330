package io.github.rununder.internal.report.render;

import io.github.rununder.Model;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.ScalingRecord;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.stats.SignificantDigits;
import io.github.rununder.internal.stats.UslCurve;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inline SVG chart of a sweep: throughput (tasks per second) against concurrency, on a
 * logarithmic concurrency axis since sweeps double their levels. Per swept model: the median
 * throughput of each level with a whisker over its interval, the fitted Universal Scalability Law
 * as a line, and its peak N* as a dashed line where it lies within the sweep; {@code SEQUENTIAL}
 * as a dotted line for reference. Static SVG, like {@link BarChart}.
 */
final class ScalingChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 14;
    private static final int BOTTOM = 44;
    private static final int CURVE_POINTS = 64;

    private final TestAnalysis test;
    private final StringBuilder out;
    private final double lowLevel;
    private final double highLevel;
    private final double top;

    private ScalingChart(StringBuilder out, TestAnalysis test) {
        this.out = out;
        this.test = test;
        List<ScalingRecord> scaling = test.test().scaling();
        lowLevel = scaling.stream().flatMap(s -> s.levels().stream()).mapToInt(Integer::intValue).min().orElse(1);
        highLevel = scaling.stream().flatMap(s -> s.levels().stream()).mapToInt(Integer::intValue).max().orElse(2);
        top = 1.08 * highestThroughput();
    }

    /** Draws the chart of {@code test}'s sweep; nothing when no model was swept. */
    static void write(StringBuilder out, TestAnalysis test, String title) {
        if (test.test().scaling().isEmpty()) {
            return;
        }
        new ScalingChart(out, test).draw(title);
    }

    private void draw(String title) {
        out.append("<svg class=\"chart scaling\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-label=\"").append(Html.escape(title)).append("\"><title>").append(Html.escape(title))
                .append("</title>");
        axes();
        sequential();
        List<ScalingRecord> scaling = test.test().scaling();
        for (int i = 0; i < scaling.size(); i++) {
            model(scaling.get(i), i);
        }
        out.append("</svg>\n");
    }

    private void axes() {
        int bottom = HEIGHT - BOTTOM;
        out.append("<path class=\"axis\" stroke=\"#888\" fill=\"none\" d=\"M").append(LEFT).append(' ').append(TOP)
                .append("V").append(bottom).append("H").append(WIDTH - RIGHT).append("\"/>");
        Set<Integer> levels = new TreeSet<>();
        test.test().scaling().forEach(model -> levels.addAll(model.levels()));
        for (int level : levels) {
            double x = x(level);
            out.append("<path stroke=\"#888\" d=\"M").append(fmt(x)).append(' ').append(bottom).append("v4\"/>");
            text(x, bottom + 16, "middle", "tick", Integer.toString(level));
        }
        text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 8, "middle", "tick", "concurrency (log scale)");
        double step = BarChart.niceStep(top / 4);
        for (int tick = 0; tick * step <= top; tick++) {
            double y = y(tick * step);
            out.append("<path stroke=\"#ddd\" d=\"M").append(LEFT).append(' ').append(fmt(y)).append("H")
                    .append(WIDTH - RIGHT).append("\"/>");
            text(LEFT - 6, y + 4, "end", "tick", tick == 0 ? "0" : Cells.throughput(tick * step));
        }
    }

    /** SEQUENTIAL's throughput, a dotted line across the chart. */
    private void sequential() {
        for (ModelAnalysis model : test.models()) {
            if (model.model() == Model.SEQUENTIAL && model.measured()) {
                double y = y(model.throughputPerSecond());
                out.append("<path class=\"sequential\" stroke=\"").append(color(Model.SEQUENTIAL))
                        .append("\" stroke-dasharray=\"2 3\" fill=\"none\" d=\"M").append(LEFT).append(' ').append(fmt(y))
                        .append("H").append(WIDTH - RIGHT).append("\"/>");
                legend(-1, Model.SEQUENTIAL, "SEQUENTIAL " + Cells.throughput(model.throughputPerSecond()));
            }
        }
    }

    private void model(ScalingRecord scaling, int index) {
        String color = color(scaling.model());
        if (scaling.fit() != null) {
            curve(scaling.fit().fit().curve(), color);
            double peak = scaling.fit().peakConcurrency().estimate();
            if (peak >= lowLevel && peak <= highLevel) {
                double x = x(peak);
                out.append("<path class=\"peak\" stroke=\"").append(color).append("\" stroke-dasharray=\"5 4\" d=\"M")
                        .append(fmt(x)).append(' ').append(TOP).append("V").append(HEIGHT - BOTTOM).append("\"/>");
                text(x + 3, TOP + 12 + 14 * index, "start", "tick", "N* " + SignificantDigits.of(peak, 3));
            }
        }
        for (ModelAnalysis arm : test.models()) {
            if (arm.model() == scaling.model() && arm.measured()) {
                point(arm, color);
            }
        }
        legend(index, scaling.model(), scaling.model() + ": best " + scaling.bestConcurrency() + ", N* "
                + (scaling.fit() == null ? Cells.NONE : SignificantDigits.of(scaling.fit().peakConcurrency().estimate(), 3)));
    }

    private void curve(UslCurve curve, String color) {
        out.append("<path class=\"fit\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" fill=\"none\" d=\"");
        double span = Math.log(highLevel / lowLevel);
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double level = lowLevel * Math.exp(span * i / CURVE_POINTS);
            out.append(i == 0 ? "M" : "L").append(fmt(x(level))).append(' ')
                    .append(fmt(y(Math.min(top, curve.throughputAt(level)))));
        }
        out.append("\"/>");
    }

    /** The median throughput of one level, with a whisker over its interval. */
    private void point(ModelAnalysis arm, String color) {
        double x = x(arm.record().concurrency());
        double low = y(arm.lowThroughputPerSecond());
        double high = y(arm.highThroughputPerSecond());
        out.append("<path class=\"whisker\" stroke=\"").append(color).append("\" d=\"M").append(fmt(x)).append(' ')
                .append(fmt(low)).append("V").append(fmt(high)).append("M").append(fmt(x - 4)).append(' ')
                .append(fmt(low)).append("h8M").append(fmt(x - 4)).append(' ').append(fmt(high)).append("h8\"/>");
        out.append("<circle class=\"median\" cx=\"").append(fmt(x)).append("\" cy=\"")
                .append(fmt(y(arm.throughputPerSecond()))).append("\" r=\"3.5\" fill=\"").append(color).append("\"><title>")
                .append(Html.escape(arm.arm().label() + ": " + Cells.throughput(arm.throughputPerSecond()) + " ("
                        + Cells.throughput(arm.lowThroughputPerSecond()) + "–"
                        + Cells.throughput(arm.highThroughputPerSecond()) + ")"))
                .append("</title></circle>");
    }

    private void legend(int index, Model model, String label) {
        int y = TOP + 12 + 18 * (index + 1);
        int x = WIDTH - RIGHT + 12;
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                .append(color(model)).append("\"/>");
        text(x + 14, y, "start", "label", label);
    }

    private double highestThroughput() {
        double highest = 0;
        for (ModelAnalysis model : test.models()) {
            if (model.measured()) {
                highest = Math.max(highest, model.highThroughputPerSecond());
            }
        }
        return highest > 0 ? highest : 1;
    }

    private double x(double level) {
        double span = Math.log(highLevel / lowLevel);
        double share = span > 0 ? Math.log(level / lowLevel) / span : 0.5;
        return LEFT + share * (WIDTH - LEFT - RIGHT);
    }

    private double y(double throughput) {
        double bottom = HEIGHT - BOTTOM;
        return bottom - Math.max(0, throughput) / top * (bottom - TOP);
    }

    private void text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text)).append("</text>");
    }

    static String color(Model model) {
        return switch (model) {
            case SEQUENTIAL -> "#6b7280";
            case THREADS -> "#4a78b0";
            case VIRTUAL_THREADS -> "#2f7d4f";
            case PROCESSES -> "#7b4fb0";
            case ASYNC -> "#c2571a";
        };
    }

    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
