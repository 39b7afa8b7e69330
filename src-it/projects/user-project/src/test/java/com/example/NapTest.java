package com.example;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.assertj.RunUnderAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.ExpectFastest;
import io.github.rununder.RunUnder;
import io.github.rununder.WorkloadKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Naps, compared with the annotation and from code. Two tests fail on purpose: a false claim, and
 * a lambda asked to run in worker JVMs.
 */
class NapTest {

    private static Comparison naps;

    @BeforeAll
    static void compareNaps() {
        // 32 naps, 8 at a time: THREADS and PROCESSES are about 8x faster than SEQUENTIAL in theory.
        naps = Compare.workload(new Nap())
                .model(SEQUENTIAL, THREADS, PROCESSES).tasks(32).concurrency(8)
                .expectFaster(THREADS, SEQUENTIAL, 3.0)
                .run();
    }

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16, concurrency = 8)
    @ExpectFastest(THREADS)
    void nap() throws InterruptedException {
        Thread.sleep(15);
    }

    @Test
    void threadsAreAtLeastThreeTimesFasterThanSequential() {
        assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0);
    }

    @Test
    void theFastestModelRunsTheNapsSideBySide() {
        assertThat(naps).fastestModel().isIn(THREADS, PROCESSES);
    }

    @Test
    void napsAreIoBound() {
        assertThat(naps).classification().isEqualTo(WorkloadKind.IO_BOUND);
    }

    @Test
    void threadsAreTwentyTimesFasterThanSequential() {
        // False (8 naps at a time are 8x faster at best): fails with an AssertionError naming both models.
        assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(20.0);
    }

    @Test
    void aLambdaCannotRunInWorkerJvms() {
        // Refused: a worker cannot rebuild a lambda by its class name.
        Compare.workload(task -> Thread.sleep(15)).model(SEQUENTIAL, PROCESSES);
    }

    @Test
    void configuringACopyLeavesTheOriginalUnchanged() {
        Compare small = Compare.workload(new Nap()).model(SEQUENTIAL, THREADS).tasks(4).concurrency(2)
                .warmup(0).rounds(1);
        Compare large = small.model(THREADS).tasks(8).concurrency(4);

        Comparison fromSmall = small.run();
        assertThat(fromSmall.models()).containsExactly(SEQUENTIAL, THREADS);
        assertThat(fromSmall.figures(THREADS).tasks()).isEqualTo(4);
        assertThat(fromSmall.figures(THREADS).concurrency()).isEqualTo(2);

        Comparison fromLarge = large.run();
        assertThat(fromLarge.models()).containsExactly(THREADS);
        assertThat(fromLarge.figures(THREADS).tasks()).isEqualTo(8);
        assertThat(fromLarge.figures(THREADS).concurrency()).isEqualTo(4);
    }
}
