package io.github.rununder.internal.measure;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What blocked the {@code ASYNC} event loop during the measured rounds, and what it cost.
 *
 * @param blockedNanos time the loop thread spent inside tasks without computing nor waiting for a
 *     core, all measured rounds together: the loop was blocked
 * @param loopNanos time the loop thread spent inside tasks in all
 * @param wallNanos wall time of the measured rounds in all
 * @param rounds measured rounds
 * @param sites where it blocked, as the flight recorder saw it; empty when it could not tell
 * @param whereUnknownReason why {@code sites} is empty although the loop blocked, or {@code null}
 */
public record LoopBlocking(long blockedNanos, long loopNanos, long wallNanos, int rounds, List<BlockingSite> sites,
        String whereUnknownReason) {

    public LoopBlocking {
        sites = List.copyOf(sites);
    }

    /** How much of the run's wall time the loop was blocked. */
    public double shareOfWall() {
        return wallNanos == 0 ? 0 : Math.min(1, (double) blockedNanos / wallNanos);
    }

    /**
     * For the node and the report: {@code the event loop was blocked 480 ms of 510 ms (94%):
     * Thread.sleep in ...; without blocking, a round would take about 1.25 ms instead of 102 ms}.
     */
    public String describe() {
        String where = sites.isEmpty()
                ? "where: not identified (" + whereUnknownReason + ")"
                : sites.stream().map(BlockingSite::describe).collect(Collectors.joining("; "));
        double perRound = (double) wallNanos / Math.max(1, rounds);
        double unblocked = Math.max(0, perRound - (double) blockedNanos / Math.max(1, rounds));
        return String.format(Locale.ROOT, "the event loop was blocked %s of %s (%.0f%%): %s; without blocking, a round"
                        + " would take about %s instead of %s",
                Durations.format(blockedNanos), Durations.format(wallNanos), shareOfWall() * 100, where,
                Durations.format(unblocked), Durations.format(perRound));
    }
}
