package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.JitActivity;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Warms a session up until its code is warm, not just for a fixed count: after the declared
 * warm-up rounds it goes on while the last round still compiled or loaded code, up to a limit.
 *
 * <p>A round counts as warm when the JIT compiler spent at most {@value #QUIET_SHARE_PERCENT}% of
 * the round's wall time compiling during it and no class was loaded. A model measured before its
 * code is compiled pays for the compilation in its rounds, and with it every comparison against
 * the models that run later; JMH answers with long fixed warm-ups, BenchmarkDotNet with a
 * stability criterion, and the JVM itself says when its compiler is busy.
 *
 * <p>Rounds beyond the declared ones are numbered {@code -1} like the last declared one: for
 * {@code TaskInfo.round()} they are warm-up rounds too.
 */
final class Warmup {

    /** A round is warm when compiling took at most this share of it (per cent). */
    static final int QUIET_SHARE_PERCENT = 5;

    private final Duration limit;
    private final LongSupplier clock;

    /** @param limit how long warming up may go on after the declared rounds; zero for not at all */
    Warmup(Duration limit) {
        this(limit, System::nanoTime);
    }

    Warmup(Duration limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Runs {@code declared} warm-up rounds on {@code session}, then more while the code is not warm,
     * within the limit and the deadline.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws TimeoutException when the deadline passes
     */
    WarmupOutcome run(ModelSession session, int declared, Deadline deadline) throws TimeoutException {
        if (declared == 0) {
            return new WarmupOutcome(0, 0, WarmupOutcome.Stop.NONE, limit.toNanos());
        }
        boolean warm = false;
        for (int round = -declared; round < 0; round++) {
            warm = warm(session, round, deadline);
        }
        if (limit.isZero()) {
            return new WarmupOutcome(declared, declared, WarmupOutcome.Stop.DECLARED_ONLY, 0);
        }
        if (session.jitActivity().compileMillis() < 0) {
            return new WarmupOutcome(declared, declared, WarmupOutcome.Stop.UNKNOWN, limit.toNanos());
        }
        int rounds = declared;
        long start = clock.getAsLong();
        // Never more than half of what is left of the time limit: the measured rounds come next.
        long allowed = Math.min(limit.toNanos(), deadline.remainingNanos() / 2);
        while (!warm) {
            if (clock.getAsLong() - start >= allowed) {
                return new WarmupOutcome(declared, rounds, WarmupOutcome.Stop.LIMIT, limit.toNanos());
            }
            warm = warm(session, -1, deadline);
            rounds++;
        }
        return new WarmupOutcome(declared, rounds, WarmupOutcome.Stop.WARM, limit.toNanos());
    }

    /** Runs one uncounted round and tells whether the code was warm during it. */
    private static boolean warm(ModelSession session, int round, Deadline deadline) throws TimeoutException {
        JitActivity before = session.jitActivity();
        RoundTiming timing = session.runRound(round, null, deadline);
        JitActivity during = session.jitActivity().since(before);
        return quiet(during, timing.wallNanos());
    }

    /** Whether a round of {@code wallNanos} with {@code activity} ran warm code. */
    static boolean quiet(JitActivity activity, long wallNanos) {
        if (activity.compileMillis() < 0 || activity.loadedClasses() < 0) {
            return true;
        }
        return activity.loadedClasses() == 0 && activity.compileMillis() * 1_000_000L * 100 <= wallNanos * QUIET_SHARE_PERCENT;
    }
}
