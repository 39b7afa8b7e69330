package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.assertj.RunUnderAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rununder.testing.ScriptedSessions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A sweep as the code-driven API shows it: {@link Comparison}'s figures per level, best concurrency
 * and fitted law, and the AssertJ assertions on them; on scripted rounds of known curves (see
 * {@link ScriptedSessions#curves()}), and once on real naps.
 */
class SweepComparisonTest {

    private static final int[] LEVELS = {1, 2, 4, 8, 16};

    @Test
    void aComparisonOfASweepHasFiguresPerLevelTheBestConcurrencyAndTheLaw() throws TimeoutException {
        Comparison sweep = sweep(List.of(SEQUENTIAL, THREADS, ASYNC), LEVELS);

        assertThat(sweep.models()).containsExactly(SEQUENTIAL, THREADS, ASYNC);
        assertThat(sweep.concurrency()).containsExactly(1, 2, 4, 8, 16);
        assertThat(sweep.figures()).hasSize(11);
        assertThat(sweep.figures(THREADS, 4).concurrency()).isEqualTo(4);
        assertThat(sweep.figures(THREADS).concurrency()).as("claims compare the highest level").isEqualTo(16);
        assertThat(sweep.figures(SEQUENTIAL).concurrency()).isEqualTo(1);
        assertThat(sweep.bestConcurrency(THREADS)).isEqualTo(OptionalInt.of(16));
        assertThat(sweep.bestConcurrency(ASYNC)).isEqualTo(OptionalInt.of(8));
        assertThat(sweep.bestConcurrency(SEQUENTIAL)).isEmpty();
        Scalability threads = sweep.scalability(THREADS).orElseThrow();
        assertThat(threads.sigma()).isCloseTo(0.1, within(0.005));
        assertThat(threads.peakConcurrency()).isInfinite();
        assertThat(sweep.scalability(ASYNC).orElseThrow().peakConcurrency()).isCloseTo(6.9, within(0.3));
        assertThat(sweep.describeScaling(THREADS)).hasValue("THREADS: contention (σ = 0.1) caps it at 10.0× one thread;"
                + " no retrograde scaling within the sweep; best at 16 threads, the highest throughput of the sweep;"
                + " every smaller level is slower beyond noise");
        assertThat(sweep.recommendedModel()).hasValue(THREADS);
        assertThat(sweep.recommendedConcurrency()).isEqualTo(OptionalInt.of(16));
        assertThat(sweep.speedup(THREADS, SEQUENTIAL)).isCloseTo(6.4, within(0.05));
        assertThat(sweep.toString()).startsWith("Scripted.task(): SEQUENTIAL 100 ms · THREADS ×1 100 ms (1.0×) ·"
                + " THREADS ×2 ").contains("· THREADS best at 16 · ASYNC best at 8 ·");
    }

    @Test
    void aLevelThatDidNotRunIsRefusedNamingTheLevels() throws TimeoutException {
        Comparison sweep = sweep(List.of(SEQUENTIAL, THREADS), new int[] {1, 4});

        assertThatThrownBy(() -> sweep.figures(THREADS, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("THREADS did not run at concurrency 3 in Scripted.task(), whose concurrencies are [1, 4]");
    }

    @Test
    void bestAndPeakConcurrencyAssertionsPassAndFailWithTheirWords() throws TimeoutException {
        Comparison sweep = sweep(List.of(THREADS, ASYNC), LEVELS);

        assertThat(sweep).model(THREADS).bestConcurrency().isEqualTo(16);
        assertThat(sweep).model(ASYNC).bestConcurrency().isLessThan(16);
        assertThat(sweep).model(THREADS).peakConcurrency().isInfinite();
        assertThat(sweep).model(ASYNC).peakConcurrency().isBetween(4.0, 16.0);
        assertThatThrownBy(() -> assertThat(sweep).model(THREADS).bestConcurrency().isEqualTo(4))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected: 4").hasMessageContaining("but was: 16");
        assertThatThrownBy(() -> assertThat(sweep).model(ASYNC).peakConcurrency().as("ASYNC's peak")
                .isGreaterThan(16.0)).isInstanceOf(AssertionError.class).hasMessageContaining("ASYNC's peak");
    }

    @Test
    void withoutASweepThereIsNoBestConcurrencyAndWithTwoLevelsNoPeak() throws TimeoutException {
        Comparison single = sweep(List.of(SEQUENTIAL, THREADS), new int[] {4});
        Comparison two = sweep(List.of(THREADS), new int[] {1, 4});

        assertThatThrownBy(() -> assertThat(single).model(THREADS).bestConcurrency())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting THREADS of Scripted.task() to have a best concurrency, but it ran at one"
                        + " concurrency only, 4; sweep it over two levels or more, such as concurrency(1, 2, 4, 8)");
        assertThat(two).model(THREADS).bestConcurrency().isEqualTo(4);
        assertThatThrownBy(() -> assertThat(two).model(THREADS).peakConcurrency())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting THREADS of Scripted.task() to have a peak concurrency, but it ran at 2"
                        + " concurrencies only, [1, 4], and the Universal Scalability Law needs three or more to tell"
                        + " contention from coherency; sweep it over three levels or more, such as concurrency(1, 2, 4,"
                        + " 8)");
        assertThatThrownBy(() -> assertThat(two).model(SEQUENTIAL).bestConcurrency())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assertThat(single).model(SEQUENTIAL).peakConcurrency())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("peakConcurrency(): SEQUENTIAL runs one task at a time, at concurrency 1 only; ask it of"
                        + " THREADS, VIRTUAL_THREADS, PROCESSES or ASYNC");
    }

    @Test
    void claimsOnTheComparisonCompareTheHighestLevelAndNameIt() throws TimeoutException {
        Comparison sweep = sweep(List.of(SEQUENTIAL, THREADS, ASYNC), LEVELS);

        assertThat(sweep).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(5.0);
        assertThat(sweep).fastestModel().isEqualTo(THREADS);
        assertThatThrownBy(() -> assertThat(sweep).model(ASYNC).isFasterThan(THREADS))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected ASYNC ≤16 to be at least 1.0× faster than THREADS ×16, but it was");
    }

    /**
     * Eight naps of 20 ms on real threads: the sweep runs end to end, and 8 threads beat 1 by far.
     * Ten rounds a level: with five, one round slowed eightfold by a busy machine (seen at load 18)
     * brings the lower bound of the interval between the best level and level 1 down to 1, and the
     * best concurrency with it; with ten, it takes three such rounds. Two threads may still come out
     * within noise of eight; only 1 would be wrong.
     */
    @Test
    void compareSweepsRealNaps() {
        Comparison naps = Compare.workload(info -> Thread.sleep(20)).model(THREADS, VIRTUAL_THREADS).tasks(8)
                .concurrency(8, 1, 2).rounds(10).run();

        assertThat(naps.concurrency()).containsExactly(1, 2, 8);
        assertThat(naps.figures(THREADS, 1).median()).isGreaterThan(Duration.ofMillis(159));
        assertThat(naps).model(THREADS).bestConcurrency().isGreaterThan(1);
        assertThat(naps).model(THREADS).peakConcurrency().isGreaterThan(2.0);
        assertThat(naps.describeScaling(THREADS)).hasValueSatisfying(words -> assertThat(words).startsWith("THREADS: "));
    }

    /** Worker JVMs at two levels: each level leases its own workers, and none is left behind. */
    @Test
    void processesSweepOverWorkerJvms() {
        Comparison sweep = Compare.workload(new CompareTest.Nap()).model(PROCESSES).tasks(4).concurrency(1, 2)
                .warmup(0).run();

        assertThat(sweep.figures()).extracting(ModelFigures::concurrency).containsExactly(1, 2);
        assertThat(sweep.figures(PROCESSES, 1).startup()).isPresent();
        assertThat(sweep.bestConcurrency(PROCESSES)).isPresent();
        io.github.rununder.testing.Workers.assertNoneLeft();
    }

    private static Comparison sweep(List<Model> models, int[] levels) throws TimeoutException {
        return new Comparison(ScriptedSessions.curves().run(ScriptedSessions.plan(models, Duration.ofMinutes(2), levels),
                ScriptedSessions.SETTINGS));
    }
}
