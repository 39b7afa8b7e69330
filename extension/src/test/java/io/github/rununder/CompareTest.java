package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.rununder.internal.model.VirtualThreads;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The code-driven API without JUnit's help: builder, refusals, and what a run measures. */
class CompareTest {

    @Test
    void configuringACopyLeavesTheOriginalUnchanged() {
        Compare original = Compare.workload(new Nap()).model(SEQUENTIAL, THREADS);
        String before = original.toString();

        Compare copy = original.tasks(3).concurrency(2).warmup(0).rounds(7).timeout(Duration.ofSeconds(9))
                .budget(Duration.ZERO).model(THREADS, ASYNC).expectFaster(THREADS, ASYNC, 1.0).jvmArgs("-Xmx64m");

        assertThat(original.toString()).isEqualTo(before)
                .isEqualTo("Compare.workload(Nap) [SEQUENTIAL, THREADS] tasks=16 concurrency=4 warmup=1 rounds=5"
                        + " timeout=2.0 min budget=30.0 s");
        assertThat(copy.toString()).isEqualTo("Compare.workload(Nap) [THREADS, ASYNC] tasks=3 concurrency=2 warmup=0"
                + " rounds=7 timeout=9.00 s budget=0 ns jvmArgs=[-Xmx64m] expectFaster(THREADS, ASYNC, 1.0)");
    }

    @Test
    void aStoredBuilderRunsWithItsOwnSettingsAfterACopyWasChanged() {
        Compare base = Compare.workload(info -> {}).model(SEQUENTIAL).tasks(2).warmup(0).rounds(1);
        base.tasks(5).rounds(2);

        Comparison result = base.run();

        assertThat(result.figures(SEQUENTIAL).tasks()).isEqualTo(2);
        assertThat(result.figures(SEQUENTIAL).rounds()).hasSize(1);
    }

    @Test
    void badArgumentsAreRefusedByTheCallThatGetsThem() {
        Compare compare = Compare.workload(new Nap());
        assertRefused(() -> Compare.workload(null), "Compare.workload(null): pass the task to run, such as a lambda"
                + " (info -> client.send(request)) or new Download()");
        assertRefused(() -> compare.tasks(0), "tasks(0): the number of task invocations per round must be at least 1");
        assertRefused(() -> compare.concurrency(-1), "concurrency(-1): the number of threads, worker processes or"
                + " in-flight tasks must be at least 1");
        assertRefused(() -> compare.warmup(-1), "warmup(-1): the number of uncounted rounds must be 0 or more");
        assertRefused(() -> compare.rounds(0), "rounds(0): the number of measured rounds per model must be at least 1");
        assertRefused(() -> compare.timeout(Duration.ZERO), "timeout(PT0S): the time limit of one model run must be"
                + " positive, such as Duration.ofSeconds(30)");
        assertRefused(() -> compare.budget(Duration.ofSeconds(-1)), "budget(PT-1S): the time for extra rounds must be"
                + " zero or more, such as Duration.ofSeconds(30)");
        assertRefused(() -> compare.model(), "model(): name at least one model to compare");
        assertRefused(() -> compare.model(THREADS, null), "model([THREADS, null]): a model is null");
        assertRefused(() -> compare.model(THREADS, ASYNC, THREADS), "model(THREADS, ASYNC, THREADS): THREADS is listed"
                + " twice; list each model once");
        assertRefused(() -> compare.jvmArgs("-Xmx1g", " "), "jvmArgs(-Xmx1g,  ): every argument must be a non-blank"
                + " string, such as \"-Xmx256m\"");
        assertRefused(() -> compare.expectFaster(THREADS, THREADS, 2), "expectFaster(THREADS, THREADS, 2.0): compares"
                + " THREADS with itself; name two different models");
        assertRefused(() -> compare.expectFaster(THREADS, SEQUENTIAL, 0), "expectFaster(THREADS, SEQUENTIAL, 0.0): the"
                + " factor must be positive and finite, such as 1.0 (at least as fast) or 4.0 (four times as fast)");
        assertRefused(() -> compare.expectFastest(null), "expectFastest(null): name the model expected to be the fastest");
    }

    @Test
    void aClaimOnAModelThatIsNotComparedIsRefusedByRun() {
        Compare compare = Compare.workload(new Nap()).model(SEQUENTIAL, THREADS).expectFaster(ASYNC, SEQUENTIAL, 2.0);

        assertRefused(compare::run, "expectFaster(ASYNC, SEQUENTIAL, 2.0) names ASYNC, which is not among the models"
                + " [SEQUENTIAL, THREADS]. Add it with model(...) or change the claim.");
    }

    @Test
    void aLambdaIsRefusedUnderProcessesNamingTheRule() {
        Compare compare = Compare.workload(info -> Thread.sleep(1));

        assertThatThrownBy(() -> compare.model(SEQUENTIAL, PROCESSES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model(SEQUENTIAL, PROCESSES): PROCESSES runs the task in forked worker JVMs, which rebuild"
                        + " it by class name, so the task must be a class with a public no-argument constructor, but it"
                        + " is a lambda. Write the task as a top-level or static nested class implementing Task, or"
                        + " leave PROCESSES out.");
    }

    @Test
    void everyOtherTaskAWorkerCannotRebuildIsRefusedUnderProcesses() {
        class Local implements Task {
            @Override
            public void run(TaskInfo task) {}
        }
        assertProcessesRefused(new Task() {
            @Override
            public void run(TaskInfo task) {}
        }, "but it is an anonymous class (io.github.rununder.CompareTest$1).");
        assertProcessesRefused(new Local(), "but it is a local class (io.github.rununder.CompareTest$1Local).");
        assertProcessesRefused(new Inner(), "but it is an inner class (io.github.rununder.CompareTest$Inner), which"
                + " needs an instance of CompareTest; make it static.");
        assertProcessesRefused(new NoDefaultConstructor(15), "but it is io.github.rununder.CompareTest$NoDefaultConstructor,"
                + " which has no public no-argument constructor.");
    }

    @Test
    void aTaskClassWithAPublicNoArgumentConstructorIsAcceptedUnderProcesses() {
        Compare compare = Compare.workload(new Nap()).model(SEQUENTIAL, PROCESSES);

        assertThat(compare.toString()).startsWith("Compare.workload(Nap) [SEQUENTIAL, PROCESSES]");
    }

    @Test
    void aTaskClassRunsInWorkersThatRebuildItAndStopWithTheRun() {
        Comparison result = Compare.workload(new WhereAmI()).model(SEQUENTIAL, PROCESSES).tasks(4).concurrency(2)
                .warmup(0).rounds(5).run();

        assertThat(result.models()).containsExactly(SEQUENTIAL, PROCESSES);
        assertThat(result.figures(PROCESSES).startup()).hasValueSatisfying(startup -> assertThat(startup).isPositive());
        assertThat(result.figures(SEQUENTIAL).startup()).isEmpty();
        io.github.rununder.testing.Workers.assertNoneLeft();
    }

    @Test
    void aRunMeasuresEveryModelAndClassifiesTheWorkload() {
        Comparison result = Compare.workload(new Nap()).model(SEQUENTIAL, THREADS).concurrency(8).run();

        assertThat(result.models()).containsExactly(SEQUENTIAL, THREADS);
        assertThat(result.subject()).isEqualTo("Compare.workload(Nap)");
        ModelFigures threads = result.figures(THREADS);
        assertThat(threads.tasks()).isEqualTo(16);
        assertThat(threads.concurrency()).isEqualTo(8);
        assertThat(threads.rounds()).hasSize(5);
        assertThat(threads.median()).isBetween(threads.min(), threads.max());
        assertThat(threads.latency(50)).isGreaterThanOrEqualTo(Duration.ofMillis(15));
        assertThat(threads.startup()).isEmpty();
        assertThat(result.figures(SEQUENTIAL).concurrency()).isEqualTo(1);
        assertThat(result.verdicts()).isEmpty();
        // 16 naps of 15 ms: 240 ms in sequence, 30 ms eight at a time; 8× in theory.
        assertThat(result.speedup(THREADS, SEQUENTIAL)).isGreaterThan(3.0);
        assertThat(result.fastestModel()).isEqualTo(THREADS);
        assertThat(result.classification()).isEqualTo(WorkloadKind.IO_BOUND);
        assertThat(result.toString()).startsWith("Compare.workload(Nap): SEQUENTIAL ").contains(" · THREADS ")
                .contains("IO-bound (CPU ").endsWith("fastest: THREADS");
        assertRefused(() -> result.figures(ASYNC), "ASYNC is not among the models of Compare.workload(Nap),"
                + " [SEQUENTIAL, THREADS]");
    }

    @Test
    void aFailingTaskFailsTheRunNamingTheModelAndTheTask() {
        Compare compare = Compare.workload(info -> {
            if (info.model() == THREADS && info.index() == 2) {
                throw new IllegalStateException("no connection");
            }
        }).model(SEQUENTIAL, THREADS).tasks(4);

        assertThatThrownBy(compare::run)
                .isInstanceOf(TaskFailedException.class)
                .hasMessageStartingWith("THREADS: task 2 (warm-up round 1) failed: java.lang.IllegalStateException: no"
                        + " connection")
                .hasRootCauseMessage("no connection");
    }

    @Test
    void aModelRunBeyondItsTimeLimitIsStoppedAndNamed() {
        Compare compare = Compare.workload(info -> Thread.sleep(10_000)).model(THREADS).tasks(2)
                .timeout(Duration.ofMillis(200));

        assertThatThrownBy(compare::run)
                .isInstanceOf(ModelTimeoutException.class)
                .hasMessageStartingWith("THREADS timed out (limit 200 ms from Compare.timeout): ")
                .extracting(e -> ((ModelTimeoutException) e).model()).isEqualTo(THREADS);
    }

    @Test
    void eachModelRunsAloneThenAllAreMeasuredAgainInterleaved() {
        List<String> order = new CopyOnWriteArrayList<>();
        Comparison result = Compare.workload(info -> {
            if (!info.warmup()) {
                order.add(info.model() + " " + info.round());
            }
        }).model(SEQUENTIAL, THREADS, ASYNC).tasks(1).concurrency(1).rounds(6).run();

        assertThat(order).hasSize(36);
        for (int model = 0; model < 3; model++) {
            String name = List.of("SEQUENTIAL", "THREADS", "ASYNC").get(model);
            for (int round = 0; round < 6; round++) {
                assertThat(order.get(6 * model + round)).isEqualTo(name + " " + round);
            }
        }
        Set<List<String>> cycles = new HashSet<>();
        for (int round = 6; round < 12; round++) {
            List<String> cycle = order.subList(18 + 3 * (round - 6), 18 + 3 * (round - 6) + 3);
            assertThat(cycle).containsExactlyInAnyOrder("SEQUENTIAL " + round, "THREADS " + round, "ASYNC " + round);
            cycles.add(cycle.stream().map(entry -> entry.split(" ")[0]).toList());
        }
        assertThat(cycles).as("orders of the cycles").hasSizeGreaterThan(1);
        assertThat(result.figures(THREADS).rounds()).hasSize(6);
        assertThat(result.figures(THREADS).ownRounds()).hasSize(6);
    }

    @Test
    void eachModelsOwnRunHasItsTimeLimitAndTheInterleavedRoundsStayWithinOne() {
        // Each model alone takes 200 ms, a third of the 600 ms limit; the three interleaved would take 600 ms, so
        // cycles stop while the next one (with room to take twice as long) still fits: after four at most.
        Comparison result = Compare.workload(info -> Thread.sleep(40)).model(SEQUENTIAL, THREADS, ASYNC).tasks(1)
                .warmup(0).rounds(5).timeout(Duration.ofMillis(600)).run();

        assertThat(result.figures(THREADS).ownRounds()).hasSize(5);
        assertThat(result.figures(THREADS).rounds().size()).isBetween(1, 4);
        assertThat(result.figures(SEQUENTIAL).rounds()).hasSameSizeAs(result.figures(THREADS).rounds());
    }

    @Test
    void aDeclaredClaimLeftUndecidedSaysWhyItsRoundsStopped() {
        Comparison result = Compare.workload(new Alternating()).model(SEQUENTIAL, THREADS).tasks(1).concurrency(1)
                .warmup(0).budget(Duration.ofMillis(500)).expectFaster(THREADS, SEQUENTIAL, 1.0).run();

        assertThat(result.verdicts()).singleElement().asString()
                .startsWith("UNDECIDED: Expected THREADS to be at least 1.0× faster than SEQUENTIAL, but could not tell")
                .endsWith("which straddles 1.0×; more rounds would exceed the verdict budget (Compare.budget(500 ms))");
    }

    @Test
    void aTaskThatSleepsOnTheAsyncLoopIsReportedAsTheAnnotationReportsIt() {
        Comparison result = Compare.workload(new SleepsOnLoop()).model(ASYNC).tasks(8).concurrency(4).rounds(2).run();

        assertThat(result.figures(ASYNC).warnings()).anySatisfy(warning -> assertThat(warning)
                .startsWith("the event loop was blocked ")
                .containsPattern("Thread\\.sleep in CompareTest\\.SleepsOnLoop\\.run\\(CompareTest\\.java:\\d+\\): 16 times, ")
                .contains("without blocking, a round would take about "));
    }

    @Test
    void virtualThreadsAreSkippedWithTheReasonBeforeJava21() {
        assumeFalse(VirtualThreads.available(), "this JVM has virtual threads");

        Comparison result = Compare.workload(info -> {}).model(SEQUENTIAL, VIRTUAL_THREADS).tasks(1).run();

        assertThat(result.models()).containsExactly(SEQUENTIAL);
        assertThat(result.skippedModels().get(VIRTUAL_THREADS)).startsWith("VIRTUAL_THREADS needs Java 21 or newer");
        assertThat(result.toString()).endsWith(" · VIRTUAL_THREADS skipped");
    }

    @Test
    void aDeclaredClaimGetsInterleavedRoundsUntilItIsDecided() {
        Outlier.extraRounds.clear();
        Compare compare = Compare.workload(new Outlier()).model(SEQUENTIAL, THREADS).tasks(1).concurrency(1).warmup(0);

        Comparison undeclared = compare.run();
        Comparison declared = compare.expectFaster(THREADS, SEQUENTIAL, 3.0).run();

        assertThat(undeclared.figures(THREADS).rounds()).hasSize(5);
        assertThat(undeclared.verdicts()).isEmpty();
        assertThat(declared.verdicts()).singleElement().asString()
                .startsWith("HOLDS: THREADS was ").containsPattern("(10|20|40) rounds each\\), at least 3\\.0× expected");
        assertThat(declared.figures(THREADS).rounds().size()).isIn(10, 20, 40);
        assertThat(declared.figures(SEQUENTIAL).rounds()).hasSameSizeAs(declared.figures(THREADS).rounds());
        assertThat(declared.figures(THREADS).ownRounds()).hasSize(5);
        assertThat(Outlier.extraRounds).hasSize(2 * (declared.figures(THREADS).rounds().size() - 5));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private static void assertProcessesRefused(Task task, String reason) {
        assertThatThrownBy(() -> Compare.workload(task).model(PROCESSES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("model(PROCESSES): PROCESSES runs the task in forked worker JVMs, which rebuild"
                        + " it by class name, so the task must be a class with a public no-argument constructor, "
                        + reason);
    }

    /** Waits 15 ms, as a network call would. */
    /** Fails unless it runs where its model says: in a worker JVM under PROCESSES, here otherwise. */
    public static class WhereAmI implements Task {
        @Override
        public void run(TaskInfo task) {
            boolean inWorker = Boolean.getBoolean("rununder.worker");
            if (inWorker != (task.model() == PROCESSES)) {
                throw new IllegalStateException(task.model() + " ran " + (inWorker ? "in a worker" : "in the test JVM"));
            }
        }
    }

    public static class Nap implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(15);
        }
    }

    /**
     * SEQUENTIAL takes 100 ms a round, THREADS 10 ms, except its first interleaved round (after five
     * of its own): 300 ms. Rounds from 10 on are the extra ones a claim asks for.
     */
    public static class Outlier implements Task {
        static final Set<String> extraRounds = ConcurrentHashMap.newKeySet();

        @Override
        public void run(TaskInfo task) throws InterruptedException {
            if (task.round() >= 10) {
                extraRounds.add(task.model() + " " + task.round() + " " + System.identityHashCode(this));
            }
            Thread.sleep(task.model() == SEQUENTIAL ? 100 : task.round() == 5 ? 300 : 10);
        }
    }

    /** Sleeps on the ASYNC event loop before it hands its pending result over. */
    public static class SleepsOnLoop implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(5);
            task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(5,
                    TimeUnit.MILLISECONDS)));
        }
    }

    /** 10 ms on even rounds, 40 ms on odd ones, under every model: every interval spans 0.25× to 4×. */
    public static class Alternating implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(task.round() % 2 == 0 ? 10 : 40);
        }
    }

    class Inner implements Task {
        @Override
        public void run(TaskInfo task) {}
    }

    public static class NoDefaultConstructor implements Task {
        private final int millis;

        public NoDefaultConstructor(int millis) {
            this.millis = millis;
        }

        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(millis);
        }
    }
}
