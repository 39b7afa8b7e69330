package io.github.rununder.internal.report.render;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import io.github.rununder.internal.report.ModelAnalysis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The words about time budgets that {@code report.html} and {@code report.md} share. */
final class Budgets {

    /** The parts a thread waits in, each with its sites. */
    private static final Set<TimePart> WAITING = EnumSet.of(TimePart.MONITOR, TimePart.PARK, TimePart.SLEEP,
            TimePart.IO);

    private Budgets() {}

    /** Whether any model of the method has a time budget. */
    static boolean any(List<ModelAnalysis> models) {
        return models.stream().anyMatch(model -> model.record().time() != null);
    }

    /** The parts that took any time in some model's budget, in the order of {@link TimePart}. */
    static List<TimePart> partsUsed(List<ModelAnalysis> models) {
        Set<TimePart> used = EnumSet.noneOf(TimePart.class);
        for (ModelAnalysis model : models) {
            TimeBudget budget = model.record().time();
            if (budget != null) {
                budget.nanos().forEach((part, nanos) -> {
                    if (nanos > 0) {
                        used.add(part);
                    }
                });
            }
        }
        return List.copyOf(used);
    }

    /** {@code part}'s share of the budget's time, 0 to 1; {@code NaN} for an empty budget. */
    static double share(TimeBudget budget, TimePart part) {
        long total = budget.total();
        return total == 0 ? Double.NaN : (double) budget.nanos().get(part) / total;
    }

    /** {@code waiting on a monitor: 3.21 ms per task, 41%}. */
    static String part(TimeBudget budget, TimePart part) {
        return part.words() + ": " + Durations.format(budget.perTask(part)) + " per task, "
                + Cells.percent(share(budget, part));
    }

    /** The waiting part that took the most time, if the threads waited at all. */
    static Optional<TimePart> largestWait(TimeBudget budget) {
        TimePart largest = null;
        for (TimePart part : WAITING) {
            long nanos = budget.nanos().get(part);
            if (nanos > 0 && (largest == null || nanos > budget.nanos().get(largest))) {
                largest = part;
            }
        }
        return Optional.ofNullable(largest);
    }

    /**
     * What to read under a model's bar: its largest wait with its top site, the most sampled method
     * where computing took the most time, and the allocation rate. {@code waiting on a monitor 41%:
     * the monitor of com.example.Ledger at Ledger.post ← LedgerTest.post:41 · allocated 120 MB/s}.
     */
    static String caption(TimeBudget budget) {
        List<String> facts = new ArrayList<>();
        largestWait(budget).ifPresent(part -> {
            String fact = part.words() + " " + Cells.percent(share(budget, part));
            List<TimeSite> sites = budget.sites(part);
            facts.add(sites.isEmpty() ? fact : fact + ": " + site(sites.get(0)));
        });
        if (largest(budget) == TimePart.CPU && !budget.hotMethods().isEmpty() && budget.executionSamples() > 0) {
            HotMethod hot = budget.hotMethods().get(0);
            facts.add("most sampled " + hot.method() + " ("
                    + Cells.percent((double) hot.samples() / budget.executionSamples()) + " of samples)");
        }
        double rate = budget.allocationRate();
        if (!Double.isNaN(rate)) {
            facts.add("allocated " + Cells.bytesPerSecond(rate));
        }
        return String.join(" · ", facts);
    }

    /** {@code the monitor of com.example.Ledger at Ledger.post ← LedgerTest.post:41}. */
    static String site(TimeSite site) {
        String where = site.describe();
        String what = site.what() == null ? "" : site.what();
        return what.isEmpty() ? where : where.isEmpty() ? what : what + " at " + where;
    }

    private static TimePart largest(TimeBudget budget) {
        TimePart largest = TimePart.CPU;
        for (TimePart part : TimePart.values()) {
            if (budget.nanos().get(part) > budget.nanos().get(largest)) {
                largest = part;
            }
        }
        return largest;
    }
}
