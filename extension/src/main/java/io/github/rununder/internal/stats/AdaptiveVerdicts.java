package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Levels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Decides claims, measuring more rounds while some are undecided.
 *
 * <p>After the first look at the rounds the models measured, each undecided claim names the
 * arms (models at a level) whose comparison is still open. Those are measured in interleaved cycles (see
 * {@link InterleavedCycles}) until they have twice the rounds they had at the previous look (or
 * the {@linkplain IntervalVerdictEngine#minimumRounds() minimum} for an interval at all), and then
 * the claims are looked at again.
 *
 * <p><b>Looks.</b> Deciding after every new round would inflate the error: each look is another
 * chance for an interval to miss the truth. Doubling the rounds between looks keeps the looks few
 * (5, 10, 20, 40, 80 rounds), and at most {@value #MAX_LOOKS} looks that could decide are made, so
 * that at the engine's 99% per look a claim is decided wrongly with probability at most 5% over the
 * whole run (Bonferroni), and in practice far less, because successive looks share their rounds.
 * A look with too few rounds for any interval does not count: it cannot decide.
 *
 * <p><b>Budget.</b> The cycles keep within their budget; when it is spent the claims get a last
 * look, and those still undecided say why.
 */
public final class AdaptiveVerdicts {

    /** At most this many looks that could decide a claim. */
    public static final int MAX_LOOKS = 5;

    private final IntervalVerdictEngine engine;
    private final Cycles cycles;

    /**
     * @param cycles measures more rounds of the models whose comparison is open
     */
    public AdaptiveVerdicts(IntervalVerdictEngine engine, Cycles cycles) {
        this.engine = engine;
        this.cycles = cycles;
    }

    /** Measures more rounds of some arms, interleaved, within a budget. */
    public interface Cycles {

        /**
         * Measures until every arm in {@code arms} has {@code target} rounds.
         *
         * @return false when the budget ran out first
         * @throws TimeoutException when a round misses its deadline
         */
        boolean until(int target, Set<Arm> arms) throws TimeoutException;

        /** Rounds measured per arm so far. */
        Map<Arm, Integer> measured();

        /** Time spent so far. */
        long elapsedNanos();
    }

    /** Why measuring stopped. */
    public enum Stop {
        /** Every claim was decided. */
        DECIDED,
        /** The budget would not allow another cycle. */
        BUDGET_SPENT,
        /** The last look allowed was made. */
        LOOKS_SPENT
    }

    /**
     * What the adaptive run found.
     *
     * @param verdicts one per expectation, in order
     * @param stop why measuring stopped
     * @param looks how many looks could decide
     * @param extraRounds rounds measured per arm beyond those the arms came with
     * @param nanos time spent measuring them
     */
    public record Outcome(List<Verdict> verdicts, Stop stop, int looks, Map<Arm, Integer> extraRounds, long nanos) {

        public Outcome {
            verdicts = List.copyOf(verdicts);
            Map<Arm, Integer> copy = new TreeMap<>(extraRounds);
            extraRounds = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Decides {@code expectations} on {@code results}, whose arms must all have measurements,
     * appending rounds to them through the cycles while claims are undecided.
     *
     * @param levels the levels of the comparison, at the highest of which claims naming models compare them
     * @param undecidedReason why a claim left undecided stayed so, for its message
     * @throws TimeoutException when a round misses its deadline
     */
    public Outcome decide(List<Expectation> expectations, Levels levels, Map<Arm, ModelResult> results,
            Function<Stop, String> undecidedReason) throws TimeoutException {
        List<Verdict> verdicts = decideAll(expectations, levels, results, VerdictEngine.NO_MORE_ROUNDS);
        int looks = couldDecide(verdicts) ? 1 : 0;
        Stop stop = Stop.DECIDED;
        for (Set<Arm> open = open(verdicts); !open.isEmpty(); open = open(verdicts)) {
            if (looks >= MAX_LOOKS) {
                stop = Stop.LOOKS_SPENT;
                break;
            }
            int have = open.stream().mapToInt(m -> results.get(m).rounds().size()).min().orElseThrow();
            int target = have < engine.minimumRounds() ? engine.minimumRounds() : 2 * have;
            boolean reached = cycles.until(target, open);
            verdicts = decideAll(expectations, levels, results, VerdictEngine.NO_MORE_ROUNDS);
            looks += couldDecide(verdicts) ? 1 : 0;
            if (!reached) {
                stop = open(verdicts).isEmpty() ? Stop.DECIDED : Stop.BUDGET_SPENT;
                break;
            }
        }
        if (stop != Stop.DECIDED) {
            verdicts = decideAll(expectations, levels, results, undecidedReason.apply(stop));
        }
        return new Outcome(verdicts, stop, looks, cycles.measured(), cycles.elapsedNanos());
    }

    private List<Verdict> decideAll(List<Expectation> expectations, Levels levels, Map<Arm, ModelResult> results,
            String reason) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Expectation expectation : expectations) {
            verdicts.add(engine.decide(expectation, levels, results, reason));
        }
        return verdicts;
    }

    /** The arms of every comparison that keeps a claim undecided. */
    private static Set<Arm> open(List<Verdict> verdicts) {
        Set<Arm> open = new TreeSet<>();
        for (Verdict verdict : verdicts) {
            if (verdict.outcome() == Verdict.Outcome.UNDECIDED) {
                for (RatioCheck check : verdict.checks()) {
                    if (check.outcome() == Verdict.Outcome.UNDECIDED) {
                        open.add(check.model());
                        open.add(check.than());
                    }
                }
            }
        }
        return open;
    }

    private static boolean couldDecide(List<Verdict> verdicts) {
        return verdicts.stream().flatMap(v -> v.checks().stream()).anyMatch(c -> c.interval().reachesConfidence());
    }
}
