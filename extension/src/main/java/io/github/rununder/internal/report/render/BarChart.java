package io.github.rununder.internal.report.render;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.TestAnalysis;
import java.util.List;

/**
 * The inline SVG chart of one method: a horizontal bar per model at its median round time, a
 * whisker over its interval (95% CI of the median, or min–max for few rounds), the median as a
 * label, and a scale from zero. Models that were not measured get a row saying why. Static SVG:
 * no script, no external resource, readable in any browser and in print.
 */
public final class BarChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 190;
    private static final int VALUE = 80;
    private static final int ROW = 26;
    private static final int TOP = 8;
    private static final int AXIS = 24;

    private BarChart() {}

    static void write(StringBuilder out, TestAnalysis test, String title) {
        List<ModelAnalysis> models = test.models();
        int height = TOP + models.size() * ROW + AXIS;
        double scale = scale(models);
        out.append("<svg class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-label=\"").append(Html.escape(title)).append("\">");
        out.append("<title>").append(Html.escape(title)).append("</title>");
        int plot = WIDTH - LABEL - VALUE;
        for (int i = 0; i < models.size(); i++) {
            row(out, models.get(i), TOP + i * ROW, plot, scale, fastest(test, models.get(i)));
        }
        axis(out, TOP + models.size() * ROW, plot, scale);
        out.append("</svg>\n");
    }

    private static void row(StringBuilder out, ModelAnalysis model, int y, int plot, double scale, boolean fastest) {
        text(out, LABEL - 8, y + 17, "end", "label", Cells.label(model.record()));
        if (!model.measured() || scale <= 0) {
            text(out, LABEL + 4, y + 17, "start", "missing", model.record().status().name()
                    + (model.record().message() == null ? "" : ": " + shorten(model.record().message())));
            return;
        }
        double width = x(model.medianNanos(), plot, scale);
        out.append("<rect class=\"bar").append(fastest ? " fastest" : "").append("\" x=\"").append(LABEL)
                .append("\" y=\"").append(y + 5).append("\" width=\"").append(fmt(Math.max(1, width)))
                .append("\" height=\"16\" fill=\"").append(fastest ? "#2f7d4f" : "#4a78b0").append("\"/>");
        double low = LABEL + x(model.lowNanos(), plot, scale);
        double high = LABEL + x(model.highNanos(), plot, scale);
        int mid = y + 13;
        out.append("<path class=\"whisker\" stroke=\"#222\" stroke-width=\"1.5\" fill=\"none\" d=\"M").append(fmt(low))
                .append(' ').append(mid).append("H").append(fmt(high))
                .append("M").append(fmt(low)).append(' ').append(mid - 5).append("V").append(mid + 5)
                .append("M").append(fmt(high)).append(' ').append(mid - 5).append("V").append(mid + 5)
                .append("\"><title>").append(Html.escape(model.interval().kind() + " " + Cells.interval(model)))
                .append("</title></path>");
        text(out, WIDTH - VALUE + 6, y + 17, "start", "value", model.medianText());
    }

    /** Whether {@code model} is the fastest model at the level it was compared at, the highest of a sweep. */
    private static boolean fastest(TestAnalysis test, ModelAnalysis model) {
        return model.model() == test.fastest() && test.models().stream().filter(other -> other.model() == model.model())
                .allMatch(other -> other.record().concurrency() <= model.record().concurrency());
    }

    private static void axis(StringBuilder out, int y, int plot, double scale) {
        out.append("<path class=\"axis\" stroke=\"#888\" fill=\"none\" d=\"M").append(LABEL).append(' ').append(TOP)
                .append("V").append(y).append("H").append(LABEL + plot).append("\"/>");
        if (scale <= 0) {
            return;
        }
        double step = niceStep(scale / 4);
        for (int tick = 0; tick * step <= scale; tick++) {
            double nanos = tick * step;
            double x = LABEL + x(nanos, plot, scale);
            out.append("<path stroke=\"#888\" d=\"M").append(fmt(x)).append(' ').append(y).append("v4\"/>");
            text(out, (int) Math.round(x), y + 16, tick == 0 ? "start" : "middle", "tick",
                    tick == 0 ? "0" : Durations.format(nanos));
        }
    }

    /** The round step (1, 2 or 5 times a power of ten) nearest above {@code rough}, for tick marks. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static double scale(List<ModelAnalysis> models) {
        double max = 0;
        for (ModelAnalysis model : models) {
            if (model.measured()) {
                max = Math.max(max, Math.max(model.highNanos(), model.medianNanos()));
            }
        }
        return max * 1.05;
    }

    private static double x(double nanos, int plot, double scale) {
        return nanos / scale * plot;
    }

    static void text(StringBuilder out, int x, int y, String anchor, String cssClass, String text) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text)).append("</text>");
    }

    private static String shorten(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 70 ? line.substring(0, 69) + "…" : line;
    }

    /** One decimal, without {@code String.format}: a thousand charts draw tens of thousands of coordinates. */
    static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
