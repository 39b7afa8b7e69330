package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.measure.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags a model whose figures should not be trusted, in the spirit of pyperf's {@code check}:
 *
 * <ul>
 *   <li><b>unstable</b>: the rounds vary too much, a coefficient of variation (standard deviation
 *       over mean) above {@value #MAX_VARIATION} — pyperf warns from 10%. Something else competes
 *       for the machine, or the workload itself varies; verdicts will need more rounds.
 *   <li><b>too short</b>: the median round is shorter than {@value #MIN_ROUND_MILLIS} ms (pyperf's
 *       limit), or than {@value #TIMER_TICKS} ticks of the timer, whichever is longer. Such rounds
 *       measure thread hand-offs and timer jitter as much as the workload.
 * </ul>
 *
 * <p>Warnings go into {@link ModelResult#warn(Warning)}, from where the model's node and the report
 * show them. Each check judges the rounds as they stand: it replaces the warnings an earlier check
 * gave on fewer rounds, and withdraws those that no longer apply.
 */
public final class Instability {

    /** Coefficient of variation above which rounds count as unstable. */
    public static final double MAX_VARIATION = 0.10;

    /** Rounds shorter than this many milliseconds are too short to time reliably. */
    public static final long MIN_ROUND_MILLIS = 1;

    /** Rounds must last at least this many ticks of the timer. */
    public static final long TIMER_TICKS = 1000;

    private final long timerGranularityNanos;

    /** A check against this JVM's timer, whose granularity it measures once. */
    public Instability() {
        this(TimerGranularity.measure());
    }

    Instability(long timerGranularityNanos) {
        this.timerGranularityNanos = timerGranularityNanos;
    }

    /** Gives {@code result} the warnings that apply to its rounds as they stand, and only those. */
    public void check(ModelResult result) {
        result.withdraw(Warning.Kind.UNSTABLE);
        result.withdraw(Warning.Kind.TOO_SHORT);
        warnings(result).forEach(result::warn);
    }

    /** The warnings that apply to {@code result}, which has at least one round. */
    List<Warning> warnings(ModelResult result) {
        List<Warning> warnings = new ArrayList<>();
        Summary wall = result.wall();
        if (wall.coefficientOfVariation() > MAX_VARIATION) {
            warnings.add(new Warning(Warning.Kind.UNSTABLE, String.format(Locale.ROOT, "unstable: its %d rounds vary"
                    + " by %.1f%% (coefficient of variation, above %.0f%%); another program may compete for the machine."
                    + " Verdicts need more rounds to decide", wall.count(), wall.coefficientOfVariation() * 100,
                    MAX_VARIATION * 100)));
        }
        long shortest = Math.max(MIN_ROUND_MILLIS * 1_000_000, TIMER_TICKS * timerGranularityNanos);
        if (wall.median() < shortest) {
            warnings.add(new Warning(Warning.Kind.TOO_SHORT, "rounds too short: the median round took "
                    + Durations.format(wall.median()) + ", under " + Durations.format(shortest) + " (the timer ticks"
                    + " every " + Durations.format(timerGranularityNanos) + "); raise 'tasks' so that a round lasts"
                    + " longer"));
        }
        return warnings;
    }

    /** Measures the granularity of {@link System#nanoTime()}: the smallest step it was seen to take. */
    static final class TimerGranularity {

        private TimerGranularity() {}

        static long measure() {
            long smallest = Long.MAX_VALUE;
            for (int i = 0; i < 50; i++) {
                long before = System.nanoTime();
                long after = System.nanoTime();
                while (after == before) {
                    after = System.nanoTime();
                }
                smallest = Math.min(smallest, after - before);
            }
            return smallest;
        }
    }
}
