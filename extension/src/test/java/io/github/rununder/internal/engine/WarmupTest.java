package io.github.rununder.internal.engine;

import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.JitActivity;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.testing.ScriptedSessions;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Warming up until the JIT compiler and class loading go quiet, on scripted compilation and a fake clock. */
class WarmupTest {

    private final AtomicLong now = new AtomicLong();
    private final Deadline deadline = Deadline.start(new TimeLimit(Duration.ofMinutes(1), "test"));

    @Test
    void warmsUpBeyondTheDeclaredRoundsWhileTheCompilerIsBusy() throws TimeoutException {
        // 10 ms rounds; the compiler works 5 ms in each of the first four.
        ScriptedSessions sessions = new ScriptedSessions().model(THREADS, round -> 10.0).compiling(n -> n < 4 ? 5L : 0L);

        WarmupOutcome outcome = new Warmup(Duration.ofSeconds(5), now::get).run(sessions.open(Arm.of(THREADS, 4)), 1, deadline);

        assertThat(outcome.rounds()).isEqualTo(5);
        assertThat(outcome.stop()).isEqualTo(WarmupOutcome.Stop.WARM);
        assertThat(outcome.describe()).isEqualTo("warm-up: 5 rounds (1 declared, 4 more until the JIT compiler and class"
                + " loading went quiet)");
        assertThat(sessions.ran()).containsOnly("THREADS -1");
    }

    @Test
    void aRoundThatCompiledAtMostFivePercentOfItsWallTimeIsWarm() {
        assertThat(Warmup.quiet(new JitActivity(5, 0), 100_000_000)).isTrue();
        assertThat(Warmup.quiet(new JitActivity(6, 0), 100_000_000)).isFalse();
        assertThat(Warmup.quiet(new JitActivity(0, 1), 100_000_000)).as("a class loaded").isFalse();
    }

    @Test
    void stopsAtItsLimitSayingTheCompilerWasStillBusy() throws TimeoutException {
        ScriptedSessions sessions = new ScriptedSessions().model(THREADS, round -> 10.0).compiling(n -> 5L);
        ModelSession session = sessions.open(Arm.of(THREADS, 4));
        // Each round advances the fake clock by a second.
        ModelSession ticking = new Ticking(session, now);

        WarmupOutcome outcome = new Warmup(Duration.ofSeconds(3), now::get).run(ticking, 2, deadline);

        assertThat(outcome.rounds()).isEqualTo(5);
        assertThat(outcome.stop()).isEqualTo(WarmupOutcome.Stop.LIMIT);
        assertThat(outcome.describe()).isEqualTo("warm-up: 5 rounds (2 declared, then 3 more until the limit of 3.00 s;"
                + " the JIT compiler or class loading was still busy)");
    }

    @Test
    void noDeclaredWarmUpMeansNoneAtAll() throws TimeoutException {
        ScriptedSessions sessions = new ScriptedSessions().model(THREADS, round -> 10.0).compiling(n -> 5L);

        WarmupOutcome outcome = new Warmup(Duration.ofSeconds(5), now::get).run(sessions.open(Arm.of(THREADS, 4)), 0, deadline);

        assertThat(outcome.rounds()).isZero();
        assertThat(outcome.stop()).isEqualTo(WarmupOutcome.Stop.NONE);
        assertThat(sessions.ran()).isEmpty();
    }

    @Test
    void aLimitOfZeroRunsTheDeclaredRoundsOnly() throws TimeoutException {
        ScriptedSessions sessions = new ScriptedSessions().model(THREADS, round -> 10.0).compiling(n -> 5L);

        WarmupOutcome outcome = new Warmup(Duration.ZERO, now::get).run(sessions.open(Arm.of(THREADS, 4)), 2, deadline);

        assertThat(outcome.rounds()).isEqualTo(2);
        assertThat(outcome.describe()).isEqualTo("warm-up: 2 rounds");
    }

    /** A session whose every round moves the clock on by a second. */
    private record Ticking(ModelSession session, AtomicLong now) implements ModelSession {

        @Override
        public io.github.rununder.Model model() {
            return session.model();
        }

        @Override
        public io.github.rununder.internal.measure.RoundTiming runRound(int round,
                io.github.rununder.internal.measure.Latencies latencies, Deadline deadline) throws TimeoutException {
            now.addAndGet(1_000_000_000L);
            return session.runRound(round, latencies, deadline);
        }

        @Override
        public JitActivity jitActivity() {
            return session.jitActivity();
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
