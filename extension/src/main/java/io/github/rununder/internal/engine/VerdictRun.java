package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the arms were compared: their interleaved rounds and the extra ones undecided claims took.
 *
 * @param roundsEach interleaved rounds each arm had before any extra ones
 * @param roundsAsked interleaved rounds each arm should have had; more than {@code roundsEach}
 *     when the time limit allowed fewer
 * @param looks how many looks at the claims could decide them
 * @param stop why measuring stopped
 * @param extraRounds rounds measured per arm while claims were undecided
 * @param extraNanos how long those took
 * @param confidence the two-sided confidence of every interval
 */
public record VerdictRun(int roundsEach, int roundsAsked, int looks, AdaptiveVerdicts.Stop stop,
        Map<Arm, Integer> extraRounds, long extraNanos, double confidence) {

    public VerdictRun {
        Map<Arm, Integer> copy = new TreeMap<>(extraRounds);
        extraRounds = Collections.unmodifiableMap(copy);
    }
}
