package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.TaskInfo;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.model.TaskContext;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.plan.PlanBuilder;
import io.github.rununder.internal.plan.Syntax;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What RunUnder adds to each task, against the code a user would write: one round of 10,000 tasks
 * of about a microsecond each under {@code SEQUENTIAL} against a plain loop calling the same
 * method, and under {@code THREADS ×4} against {@code ExecutorService.invokeAll} of the same tasks
 * on a pool of 4. RunUnder's rounds include what it measures per task (one clock read, a latency
 * recorded in the histogram, a fresh {@code TaskInfo}) and per round (CPU clocks, schedstat).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(2)
public class DispatchBenchmark {

    static final int TASKS = 10_000;

    /** About a microsecond of {@link Xorshift} steps. */
    public static final class Work {
        public long sink;

        public void task(TaskInfo task) {
            sink = Xorshift.steps(task.index() + sink + 1, 560);
        }
    }

    /** Next to nothing: what a round of these costs is RunUnder's own per-task work. */
    public static final class Empty {
        public long sink;

        public void task(TaskInfo task) {
            sink += task.index();
        }
    }

    private Work work;
    private MethodTaskInvoker workInvoker;
    private Empty empty;
    private ModelSession sequentialEmpty;
    private TaskContext context;
    private ModelSession sequential;
    private ModelSession threads;
    private ExecutorService executor;
    private List<Callable<Void>> callables;
    private Latencies latencies;
    private Deadline deadline;
    private int round;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        work = new Work();
        context = new TaskContext(1, 0, Model.SEQUENTIAL, 0);
        MethodTaskInvoker invoker = MethodTaskInvoker.of(Work.class.getMethod("task", TaskInfo.class), work,
                List.of(TaskInfoParameterResolver.PLACEHOLDER));
        Plan plan = new PlanBuilder("DispatchBenchmark", new TimeLimit(Duration.ofHours(1), "benchmark"), Syntax.calls())
                .tasks(TASKS).concurrency(4).build();
        sequential = InProcessModels.open(plan.levels().compared(Model.SEQUENTIAL), plan.tasks(), invoker);
        workInvoker = invoker;
        empty = new Empty();
        sequentialEmpty = InProcessModels.open(plan.levels().compared(Model.SEQUENTIAL), plan.tasks(), MethodTaskInvoker.of(
                Empty.class.getMethod("task", TaskInfo.class), empty, List.of(TaskInfoParameterResolver.PLACEHOLDER)));
        threads = InProcessModels.open(plan.levels().compared(Model.THREADS), plan.tasks(), invoker);
        deadline = Deadline.start(plan.timeLimit());
        executor = Executors.newFixedThreadPool(4);
        callables = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            TaskContext each = new TaskContext(i, 0, Model.THREADS, 0);
            callables.add(() -> {
                work.task(each);
                return null;
            });
        }
        latencies = new Latencies();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sequential.close();
        sequentialEmpty.close();
        threads.close();
        executor.shutdownNow();
    }

    @Benchmark
    public void directLoop() {
        for (int i = 0; i < TASKS; i++) {
            work.task(context);
        }
    }

    /** The direct loop calling through RunUnder's invoker: what not inlining the task costs. */
    @Benchmark
    public void directLoopThroughInvoker() throws Throwable {
        for (int i = 0; i < TASKS; i++) {
            workInvoker.invoke(context);
        }
    }

    @Benchmark
    public void directLoopEmpty() {
        for (int i = 0; i < TASKS; i++) {
            empty.task(context);
        }
    }

    @Benchmark
    public void runUnderSequentialEmpty() throws Exception {
        sequentialEmpty.runRound(round++, latencies, deadline);
    }

    /** As many clock reads as a round has tasks: the floor of per-task timing. */
    @Benchmark
    public long clockReads() {
        long sum = 0;
        for (int i = 0; i < TASKS; i++) {
            sum += System.nanoTime();
        }
        return sum;
    }

    @Benchmark
    public void runUnderSequential() throws Exception {
        sequential.runRound(round++, latencies, deadline);
    }

    @Benchmark
    public void handWrittenInvokeAll() throws Exception {
        executor.invokeAll(callables);
    }

    @Benchmark
    public void runUnderThreads() throws Exception {
        threads.runRound(round++, latencies, deadline);
    }
}
