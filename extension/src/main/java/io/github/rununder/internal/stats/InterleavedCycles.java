package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Measures arms (models at a level) in <em>cycles</em>: every arm once per cycle, in an order
 * shuffled per cycle by a seeded generator, so that a machine that drifts (another build starts,
 * the CPU throttles, a cache or the JIT warms up) affects every arm alike and no arm always runs
 * right after the same other one.
 *
 * <p><b>Budget.</b> A cycle starts only when the time spent so far plus twice the expected length
 * of the cycle (the larger of the arms' median rounds added up and the last cycle) stays within
 * the budget, so that a cycle slowed down by the machine still ends within it.
 */
public final class InterleavedCycles implements AdaptiveVerdicts.Cycles {

    /** Measures one more round of an arm, appending it to that arm's result. */
    @FunctionalInterface
    public interface Rounds {
        /**
         * @throws io.github.rununder.TaskFailedException when a task fails
         * @throws TimeoutException when the round misses its deadline
         */
        void measure(Arm arm) throws TimeoutException;
    }

    private final Map<Arm, ModelResult> results;
    private final Map<Arm, ModelResult> prior;
    private final Rounds rounds;
    private final long budgetNanos;
    private final LongSupplier clock;
    private final long start;
    private final SplittableRandom random;
    private final Map<Arm, Integer> measured = new TreeMap<>();
    private long lastCycleNanos;

    /**
     * @param results the arms' results, which {@code rounds} appends to
     * @param budget how long the cycles may take in all, from now
     * @param seed seeds the order of the arms within each cycle
     */
    public InterleavedCycles(Map<Arm, ModelResult> results, Rounds rounds, Duration budget, long seed) {
        this(results, Map.of(), rounds, budget, seed, System::nanoTime);
    }

    /**
     * Cycles whose first one is expected to take as long as {@code prior} rounds of the arms, such
     * as their own runs: an arm without rounds of its own yet has no median to plan with.
     */
    public InterleavedCycles(Map<Arm, ModelResult> results, Map<Arm, ModelResult> prior, Rounds rounds,
            Duration budget, long seed) {
        this(results, prior, rounds, budget, seed, System::nanoTime);
    }

    InterleavedCycles(Map<Arm, ModelResult> results, Rounds rounds, Duration budget, long seed, LongSupplier clock) {
        this(results, Map.of(), rounds, budget, seed, clock);
    }

    InterleavedCycles(Map<Arm, ModelResult> results, Map<Arm, ModelResult> prior, Rounds rounds, Duration budget,
            long seed, LongSupplier clock) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("the budget must not be negative: " + budget);
        }
        this.results = results;
        this.prior = prior;
        this.rounds = rounds;
        this.budgetNanos = budget.toNanos();
        this.clock = clock;
        this.start = clock.getAsLong();
        this.random = new SplittableRandom(seed);
    }

    /**
     * Cycles until every arm in {@code arms} has {@code target} rounds.
     *
     * @return false when the budget ran out first
     * @throws TimeoutException when a round misses its deadline
     */
    @Override
    public boolean until(int target, Set<Arm> arms) throws TimeoutException {
        while (arms.stream().anyMatch(arm -> results.get(arm).rounds().size() < target)) {
            long expected = Math.max(lastCycleNanos, arms.stream().mapToLong(this::typicalRoundNanos).sum());
            long cycleStart = clock.getAsLong();
            if (cycleStart - start + 2 * expected > budgetNanos) {
                return false;
            }
            for (Arm arm : Interleaving.shuffled(arms, random)) {
                rounds.measure(arm);
                measured.merge(arm, 1, Integer::sum);
            }
            lastCycleNanos = clock.getAsLong() - cycleStart;
        }
        return true;
    }

    /** An arm's median round so far, or its prior one before it has any; 0 when neither is known. */
    private long typicalRoundNanos(Arm arm) {
        ModelResult result = results.get(arm).rounds().size() > 0 ? results.get(arm) : prior.get(arm);
        return result == null || result.rounds().size() == 0 ? 0 : Math.round(result.medianNanos());
    }

    /** Rounds measured per arm by these cycles. */
    @Override
    public Map<Arm, Integer> measured() {
        return Collections.unmodifiableMap(new TreeMap<>(measured));
    }

    /** Time spent since these cycles were set up. */
    @Override
    public long elapsedNanos() {
        return clock.getAsLong() - start;
    }
}
