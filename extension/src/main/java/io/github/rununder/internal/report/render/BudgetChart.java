package io.github.rununder.internal.report.render;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.report.ModelAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline SVG of a method's time budgets: per model a horizontal bar of the thread time per
 * task, stacked by part on one scale, a caption under it (the largest wait and its top site, the
 * allocation rate) and a legend. Every segment and legend entry has a {@code title}, which browsers
 * show as a tooltip. Static SVG, as {@link BarChart}.
 */
final class BudgetChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 190;
    private static final int VALUE = 110;
    private static final int BAR_ROW = 24;
    private static final int CAPTION_LINE = 14;
    private static final int CAPTION_LINES = 2;
    private static final int TOP = 8;
    private static final int LEGEND_ROW = 18;
    private static final int LEGEND_COLUMN = 176;
    private static final int CAPTION_CHARACTERS = 84;

    private BudgetChart() {}

    static void write(StringBuilder out, List<ModelAnalysis> models, String title) {
        List<TimePart> parts = Budgets.partsUsed(models);
        List<List<String>> captions = models.stream().map(BudgetChart::captionLines).toList();
        int rows = TOP;
        for (List<String> caption : captions) {
            rows += BAR_ROW + caption.size() * CAPTION_LINE + 4;
        }
        int legendRows = (parts.size() + 3) / 4;
        int height = rows + 6 + legendRows * LEGEND_ROW;
        out.append("<svg class=\"chart budget\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-label=\"").append(Html.escape(title)).append("\">");
        out.append("<title>").append(Html.escape(title)).append("</title>");
        double scale = scale(models);
        int y = TOP;
        for (int i = 0; i < models.size(); i++) {
            row(out, models.get(i), captions.get(i), y, scale);
            y += BAR_ROW + captions.get(i).size() * CAPTION_LINE + 4;
        }
        legend(out, parts, y + 6);
        out.append("</svg>\n");
    }

    private static void row(StringBuilder out, ModelAnalysis model, List<String> caption, int y, double scale) {
        String label = Cells.label(model.record());
        BarChart.text(out, LABEL - 8, y + 14, "end", "label", label);
        TimeBudget budget = model.record().time();
        if (budget == null) {
            BarChart.text(out, LABEL + 4, y + 14, "start", "none", "no time budget recorded");
            return;
        }
        int plot = WIDTH - LABEL - VALUE;
        double x = LABEL;
        out.append("<g class=\"budget-bar\">");
        for (TimePart part : TimePart.values()) {
            double perTask = budget.perTask(part);
            if (perTask <= 0) {
                continue;
            }
            double width = perTask / scale * plot;
            out.append("<rect class=\"part ").append(part.name()).append("\" x=\"").append(BarChart.fmt(x))
                    .append("\" y=\"").append(y + 2).append("\" width=\"").append(BarChart.fmt(Math.max(0.5, width)))
                    .append("\" height=\"16\" fill=\"").append(colour(part)).append("\"><title>")
                    .append(Html.escape(label + " · " + Budgets.part(budget, part))).append("</title></rect>");
            x += width;
        }
        out.append("</g>");
        BarChart.text(out, WIDTH - VALUE + 6, y + 14, "start", "value",
                Durations.format(budget.totalPerTask()) + " per task");
        if (!caption.isEmpty()) {
            out.append("<text class=\"caption\" x=\"").append(LABEL).append("\" y=\"").append(y + BAR_ROW + 7)
                    .append("\" text-anchor=\"start\"><title>").append(Html.escape(Budgets.caption(budget)))
                    .append("</title>");
            for (int i = 0; i < caption.size(); i++) {
                out.append("<tspan x=\"").append(LABEL).append("\" dy=\"").append(i == 0 ? 0 : CAPTION_LINE)
                        .append("\">").append(Html.escape(caption.get(i))).append("</tspan>");
            }
            out.append("</text>");
        }
    }

    /**
     * The caption of a model's bar in lines that fit under it, broken between words, at most two;
     * what does not fit is cut with an ellipsis (the caption's {@code title} has it all).
     */
    static List<String> captionLines(ModelAnalysis model) {
        TimeBudget budget = model.record().time();
        List<String> lines = new ArrayList<>();
        if (budget == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : Budgets.caption(budget).split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CAPTION_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > CAPTION_LINES) {
            lines.subList(CAPTION_LINES, lines.size()).clear();
            lines.set(CAPTION_LINES - 1, lines.get(CAPTION_LINES - 1) + " …");
        }
        return lines.stream().map(BudgetChart::shorten).toList();
    }

    private static void legend(StringBuilder out, List<TimePart> parts, int top) {
        for (int i = 0; i < parts.size(); i++) {
            TimePart part = parts.get(i);
            int x = 8 + (i % 4) * LEGEND_COLUMN;
            int y = top + (i / 4) * LEGEND_ROW;
            out.append("<g class=\"legend\"><title>").append(part.name()).append(": ")
                    .append(Html.escape(part.words())).append("</title><rect x=\"").append(x).append("\" y=\"")
                    .append(y + 3).append("\" width=\"11\" height=\"11\" fill=\"").append(colour(part)).append("\"/>");
            BarChart.text(out, x + 16, y + 13, "start", "tick", part.words());
            out.append("</g>");
        }
    }

    /** The largest time per task of any model, so that every bar is drawn on one scale. */
    private static double scale(List<ModelAnalysis> models) {
        double max = 0;
        for (ModelAnalysis model : models) {
            if (model.record().time() != null) {
                max = Math.max(max, model.record().time().totalPerTask());
            }
        }
        return max > 0 ? max : 1;
    }

    /** Colours far apart in hue and lightness; CPU and queued for a core, both about cores, two blues. */
    static String colour(TimePart part) {
        return switch (part) {
            case CPU -> "#3b6ea5";
            case QUEUED -> "#9cc3e6";
            case MONITOR -> "#d1434b";
            case PARK -> "#f28e2b";
            case SLEEP -> "#9d6fb0";
            case IO -> "#4e9a43";
            case GC -> "#e8c23a";
            case SAFEPOINT -> "#8c6248";
            case STARTUP -> "#5fb3ad";
            case OTHER -> "#b9b4b0";
        };
    }

    private static String shorten(String caption) {
        return caption.length() <= CAPTION_CHARACTERS ? caption : caption.substring(0, CAPTION_CHARACTERS - 1) + "…";
    }
}
