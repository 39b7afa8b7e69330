package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Levels;
import java.util.List;
import java.util.Map;

/**
 * Whether a busy machine could have produced a verdict. The threads that carry a model's tasks
 * record how long they waited for a core (Linux schedstat). Some waiting is expected: {@code P}
 * computing threads on {@code C} cores wait {@code 1 - C/P} of the time when {@code P > C}. Waiting
 * well beyond that means something else took the cores during that model's rounds, and a speed
 * claim measured so may say little about the workload:
 * <ul>
 *   <li>a claim that holds is suspect when the model it beat was starved (that made it slow);</li>
 *   <li>a claim that fails or stays undecided is suspect when the claimed model was starved.</li>
 * </ul>
 * A suspect verdict stands if the waiting cannot explain it: giving the starved model back all of
 * its excess waiting (its rounds shorter by that share, at best) would not change the decision. A
 * claim missed by a factor of six is still missed when the machine took a fifth of a model's time.
 * Otherwise it becomes {@link Verdict.Outcome#NOT_CHECKED}, with the measured waiting in the message. Models whose carriers are unknown (virtual threads, the ASYNC loop) are never suspect.
 * Nor are models whose tasks wait on IO or timers (their carriers compute under a quarter of their
 * running time): a busy machine delays their wake-ups under every model alike, and the interleaved
 * rounds share that out; this only reviews claims about computing.
 */
public final class Contention {

    /** Waiting for a core beyond the expected share, from which a model counts as starved. */
    public static final double EXCESS_QUEUED_LIMIT = 0.15;

    private final int cores;

    /** @param cores the cores the test JVM may use */
    public Contention(int cores) {
        this.cores = cores;
    }

    /**
     * Whether a model's tasks compute, so that a core taken by another program slows them: not when
     * its carriers spent under {@value WorkloadClassifier#IO_BOUND_BELOW} of their running time on
     * CPU (tasks that wait on IO or timers, which a busy machine delays alike under every model).
     */
    static boolean computing(ModelResult result) {
        double share = result.computeShare();
        return Double.isNaN(share) || share >= WorkloadClassifier.IO_BOUND_BELOW;
    }

    /** How much more of their busy time a model's carriers waited for a core than their number explains. */
    public double excess(ModelResult result) {
        double queued = result.queuedShare();
        return Double.isNaN(queued) ? Double.NaN : queued - expected(result);
    }

    private double expected(ModelResult result) {
        int carriers = result.concurrency();
        return carriers <= cores ? 0 : 1 - (double) cores / carriers;
    }

    /**
     * The verdict, or one that says it was not checked because a busy machine could have produced it.
     *
     * @param levels the levels of the comparison, which say at which arm a claim naming models compares them
     */
    public Verdict review(Verdict verdict, Levels levels, Map<Arm, ModelResult> results) {
        List<Arm> suspects = switch (verdict.outcome()) {
            case HOLDS -> beaten(verdict.expectation(), levels, results);
            case FAILS, UNDECIDED -> List.of(claimed(verdict.expectation(), levels));
            case NOT_CHECKED -> List.of();
        };
        for (Arm suspect : suspects) {
            ModelResult result = results.get(suspect);
            if (result != null && computing(result) && excess(result) > EXCESS_QUEUED_LIMIT
                    && couldExplain(verdict, suspect, excess(result))) {
                return new Verdict(verdict.expectation(), Verdict.Outcome.NOT_CHECKED,
                        VerdictMessages.notCheckedBusy(verdict.expectation().claim(), suspect, result.queuedShare(),
                                expected(result), result.concurrency(), cores, verdict.message()),
                        verdict.checks());
            }
        }
        return verdict;
    }

    /**
     * Whether giving {@code starved} back a share {@code excess} of its time could change the
     * verdict: every pairwise check it rests on is re-judged with the interval moved as far as that
     * could move it. Without checks (nothing to re-judge) the waiting is taken to explain it.
     */
    private static boolean couldExplain(Verdict verdict, Arm starved, double excess) {
        if (verdict.checks().isEmpty()) {
            return true;
        }
        double scale = 1 / (1 - Math.min(excess, 0.99));
        for (RatioCheck check : verdict.checks()) {
            RatioInterval interval = check.interval();
            if (verdict.outcome() == Verdict.Outcome.HOLDS && check.than().equals(starved)
                    && interval.lower() / scale < check.atLeast()) {
                return true;
            }
            if (verdict.outcome() != Verdict.Outcome.HOLDS && check.model().equals(starved)
                    && interval.upper() * scale >= check.atLeast()) {
                return true;
            }
        }
        return false;
    }

    private static Arm claimed(Expectation expectation, Levels levels) {
        return expectation.arms(levels).get(0);
    }

    private static List<Arm> beaten(Expectation expectation, Levels levels, Map<Arm, ModelResult> results) {
        if (expectation instanceof Expectation.Faster || expectation instanceof Expectation.Scaling) {
            return List.of(expectation.arms(levels).get(1));
        }
        Arm claimed = claimed(expectation, levels);
        return results.keySet().stream().filter(arm -> levels.isCompared(arm) && !arm.equals(claimed)).toList();
    }
}
