package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.internal.stats.AdaptiveVerdicts;

/** Why a claim stayed undecided, in the words its message ends with; one place for both front ends. */
final class UndecidedReasons {

    private UndecidedReasons() {}

    /**
     * @param stop why the extra rounds stopped
     * @param settings names the verdict budget
     * @param limit the time limit, when it rather than the budget bounded the extra rounds; else {@code null}
     */
    static String of(AdaptiveVerdicts.Stop stop, EngineSettings settings, TimeLimit limit) {
        if (stop == AdaptiveVerdicts.Stop.LOOKS_SPENT) {
            return AdaptiveVerdicts.MAX_LOOKS + " looks, the most allowed, did not decide it";
        }
        if (settings.verdictBudget().isZero()) {
            return settings.budgetKnob() + " allows no more rounds";
        }
        if (limit != null) {
            return timeLimit(limit);
        }
        return "more rounds would exceed the verdict budget (" + settings.budgetKnob() + ")";
    }

    /** {@code more rounds would exceed the time limit (2 m from rununder.timeout.default)}. */
    static String timeLimit(TimeLimit limit) {
        return "more rounds would exceed the time limit (" + limit(limit) + ")";
    }

    /** Why a claim was not checked when not even one interleaved round fitted in the time limit. */
    static String noInterleavedRound(TimeLimit limit) {
        return "the time limit (" + limit(limit) + ") left no time to measure the models interleaved, and rounds"
                + " measured one model after another alone decide nothing";
    }

    /** {@code 2 m from rununder.timeout.default}. */
    /** Why a model's time was not recorded for an explanation: the time limit had no room for its rounds. */
    static String noRoomToExplain(TimeLimit limit) {
        return "the time limit (" + limit(limit) + ") left no room to record its rounds";
    }

    private static String limit(TimeLimit limit) {
        return Durations.format(limit.duration().toNanos()) + " from " + limit.source();
    }
}
