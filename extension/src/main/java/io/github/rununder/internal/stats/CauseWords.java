package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Bytes;
import io.github.rununder.internal.measure.Decimals;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The words an {@link Explainer} sentence uses for a part of a time budget: what the threads did
 * ({@code waiting to enter the monitor of com.example.Ledger}), and what goes in parentheses after
 * it (the top site, the allocation rate for GC pauses).
 */
final class CauseWords {

    private static final String MONITOR_ENTER = "the monitor of ";
    private static final String OBJECT_WAIT = "Object.wait on ";
    private static final String PARK = "LockSupport.park in ";

    private CauseWords() {}

    /** What the threads did in {@code part}, from the top site's {@link TimeSite#what()} where there is one. */
    static String doing(TimePart part, TimeBudget budget) {
        String what = topSite(part, budget).map(TimeSite::what).filter(text -> !text.isBlank()).orElse("");
        return switch (part) {
            case MONITOR -> what.isEmpty() ? part.words()
                    : what.startsWith(MONITOR_ENTER) ? "waiting to enter " + what
                    : what.startsWith(OBJECT_WAIT) ? "in " + what
                    : "waiting on " + what;
            case PARK -> what.isEmpty() ? part.words()
                    : "parked in " + (what.startsWith(PARK) ? what.substring(PARK.length()) : what);
            case SLEEP -> "sleeping in " + (what.isEmpty() ? "Thread.sleep" : what);
            case IO -> what.isEmpty() ? part.words() : "in " + what;
            case OTHER -> "time the recording could not place";
            default -> part.words();
        };
    }

    /**
     * {@code , pinned to its carrier by a class initialiser} where virtual threads were pinned for
     * at least {@code minimumShare} of {@code part}'s time; empty otherwise.
     */
    static String pinning(TimePart part, TimeBudget budget, double minimumShare) {
        long pinnedNanos = budget.pinned().stream().mapToLong(PinnedPark::totalNanos).sum();
        Optional<PinnedPark> largest = largestPin(budget);
        if (largest.isEmpty() || pinnedNanos < minimumShare * budget.nanos().get(part)) {
            return "";
        }
        String reason = largest.get().reason();
        return ", pinned to its carrier" + (reason == null || reason.isBlank() ? "" : " by " + reason);
    }

    /**
     * {@code  (the tasks allocated 1.2 GB/s; Ledger.post ← LedgerTest.post:41)}: the allocation
     * rate for GC pauses and the top site, each where known; empty where neither is.
     *
     * @param pinned whether the sentence names a pin, whose site stands in where {@code part} has none
     */
    static String parentheses(TimePart part, TimeBudget budget, boolean pinned) {
        List<String> notes = new ArrayList<>();
        double rate = budget.allocationRate();
        if (part == TimePart.GC && rate > 0) {
            notes.add("the tasks allocated " + Bytes.format(rate) + "/s");
        }
        String site = site(part, budget, pinned);
        if (!site.isEmpty()) {
            notes.add(site);
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    /** The top site of {@code part} as {@link TimeSite#describe()}, else the largest pin's site; empty if none. */
    static String site(TimePart part, TimeBudget budget, boolean pinned) {
        String top = topSite(part, budget).map(TimeSite::describe).orElse("");
        if (top.isBlank() && pinned) {
            top = largestPin(budget).map(PinnedPark::site).orElse("");
        }
        return top == null ? "" : top;
    }

    /** {@code 71%}. */
    static String percent(double share) {
        return Decimals.fixed(share * 100, 0) + "%";
    }

    private static Optional<TimeSite> topSite(TimePart part, TimeBudget budget) {
        return budget.sites(part).stream().max(Comparator.comparingLong(TimeSite::nanos));
    }

    private static Optional<PinnedPark> largestPin(TimeBudget budget) {
        return budget.pinned().stream().max(Comparator.comparingLong(PinnedPark::totalNanos));
    }
}
