package io.github.rununder;

import io.github.rununder.internal.junit.RunUnderExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Runs the annotated test method as one task of a workload, under each of several concurrency
 * {@link Model models} (and, for a sweep, at several concurrencies), measures every one and checks
 * the {@link ExpectFaster}, {@link ExpectFastest} and {@link ExpectScaling} expectations on the
 * method.
 *
 * <pre>{@code
 * @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS}, tasks = 24, concurrency = 8)
 * @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 3.0)
 * void nap(TaskInfo task) throws InterruptedException {
 *     Thread.sleep(15);
 * }
 * }</pre>
 *
 * <h2>What runs</h2>
 *
 * <p>The method becomes a test template with one invocation per model, in the order of
 * {@link #model()}, and a final {@code verdict} invocation:
 *
 * <pre>
 * nap(TaskInfo)
 *  ├─ [1] SEQUENTIAL          24 tasks
 *  ├─ [2] THREADS ×8          24 tasks
 *  ├─ [3] VIRTUAL_THREADS ≤8  24 tasks
 *  └─ [4] verdict             IO-bound (CPU 1% of wall) · 1 expectation
 * </pre>
 *
 * <p>Each model invocation runs the method body {@link #tasks()} times per round: first
 * {@link #warmup()} rounds that are not counted (and more while its code is not warm, see
 * {@value #WARMUP_LIMIT_PROPERTY_NAME}), then {@link #rounds()} measured rounds. The verdict
 * invocation then measures every model again, interleaved with the others (one round of each per
 * cycle, in a shuffled order), and every comparison — the expectations, the fastest model, the
 * recommendation — rests on those rounds, never on rounds measured one model after another. JUnit's
 * own single call of the method is skipped. Per round it measures the wall time and the process
 * CPU time; per task, the latency. The figures are published as JUnit report entries (keys
 * starting with {@code rununder.}), which IDEs and the Console Launcher show under each node; each
 * node also prints a summary line, which Surefire keeps with the test's output.
 *
 * <h2>Sweeps</h2>
 *
 * <p>With several values in {@link #concurrency()}, every model but {@link Model#SEQUENTIAL} runs
 * at each of them, one node per model and level, from the lowest level up:
 *
 * <pre>
 * nap(TaskInfo)
 *  ├─ [1] SEQUENTIAL          24 tasks
 *  ├─ [2] THREADS ×1          24 tasks
 *  ├─ [3] THREADS ×4          24 tasks
 *  ├─ [4] THREADS ×16         24 tasks
 *  └─ [5] verdict             IO-bound (CPU 1% of wall) · 1 expectation
 * </pre>
 *
 * <p>The verdict invocation measures every model at every level again, interleaved, and from the
 * throughput of those rounds (tasks per second) gives each model with two levels or more its best
 * concurrency (the smallest level within noise of the highest throughput) and, with three levels
 * or more, fits the Universal Scalability Law (see {@link Scalability}): contention σ, coherency κ,
 * the peak N*. The recommendation names a model and a concurrency. {@link ExpectScaling} claims
 * what one model gains from more concurrency; {@link ExpectFaster} and {@link ExpectFastest}
 * compare the models at the highest level (SEQUENTIAL at 1), a level fixed by the declaration
 * rather than picked from the rounds, so that a claim cannot pass on the level that came out best
 * by chance. Each level is a model run of its own, with its own time limit; the report draws the
 * throughput of each model against the concurrency.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>{@code @BeforeEach} and {@code @AfterEach} methods, and other extensions' callbacks, run
 * <em>once per invocation</em>, around all its rounds, not once per task. Each invocation gets
 * its own test instance (unless the class uses {@code @TestInstance(PER_CLASS)}). Method
 * parameters other than {@link TaskInfo} are resolved once per invocation by the usual
 * parameter resolvers and passed to every task. The verdict invocation measures every model again,
 * interleaved with the others, on its own instance: one model at a time, so state on the instance
 * that tasks share (a pool, a client) serves them all in turn.
 *
 * <p>A {@code @RunUnder} method must return {@code void}, as JUnit requires of every test
 * method. JUnit never runs a test method that returns a value: JUnit 5 skips it silently at
 * discovery, newer versions report a discovery issue. Keep such methods {@code void} and report
 * asynchronous results with {@link TaskInfo#completesWith(java.util.concurrent.CompletionStage)}.
 *
 * <h2>Parameters</h2>
 *
 * <p>To compare the models once per parameter set — several payload sizes, say — put JUnit's
 * {@code @ParameterizedClass} (JUnit 5.13 or later) on the class and read the parameters from its
 * fields or constructor: each parameter set is one comparison, with its own nodes and its own
 * entry in the report, named as JUnit names the invocation ({@code [1] size=1024}), and
 * {@link Model#PROCESSES} workers run the same invocation. {@code @ParameterizedTest}, or any
 * other annotation that makes the method a test template, cannot be combined with
 * {@code @RunUnder} on the same method: the method fails with a {@code Configuration error:}
 * naming both.
 *
 * <h2>Time limits</h2>
 *
 * <p>JUnit's {@code @Timeout} on the method (or its class) bounds each model run, all its rounds
 * together, as do JUnit's {@code junit.jupiter.execution.timeout.*} defaults. Without any, the
 * configuration parameter {@value #TIMEOUT_DEFAULT_PROPERTY_NAME} applies (default
 * {@value #DEFAULT_TIMEOUT}). A run that exceeds its limit has its threads interrupted and fails,
 * saying which model timed out and after how long; the build goes on.
 *
 * <h2>Isolation</h2>
 *
 * <p>A {@code @RunUnder} method holds JUnit's global resource lock in read-write mode, so tests
 * that JUnit runs in parallel never run beside it and distort its timings.
 *
 * <h2>The report</h2>
 *
 * <p>At the end of the run, {@code target/rununder/} (or {@value #REPORT_DIR_PROPERTY_NAME}) holds
 * {@code report.html}, {@code report.json} and {@code report.md}, covering every {@code @RunUnder}
 * method of the run, also when several test JVMs ran them; the console shows a short table and the
 * path of the HTML report. With {@value #BASELINE_PROPERTY_NAME} set to an earlier
 * {@code report.json}, every model whose median got slower beyond its interval is flagged.
 *
 * <h2>Configuration parameters</h2>
 *
 * <p>Set in {@code junit-platform.properties}, as {@code -D} system properties, or through
 * Surefire's {@code configurationParameters}; every key starts with {@code rununder.}. The
 * constants of this annotation name them; an unknown value fails the method with a
 * {@code Configuration error:} message before any workload runs.
 *
 * @see ExpectFaster
 * @see ExpectFastest
 * @see ExpectScaling
 * @see TaskInfo
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(RunUnderExtension.class)
@ResourceLock(value = Resources.GLOBAL, mode = ResourceAccessMode.READ_WRITE)
public @interface RunUnder {

    /**
     * Time limit of one model run when neither {@code @Timeout} nor JUnit's timeout defaults
     * apply, in JUnit's duration syntax ({@code 90 s}, {@code 2 m}, {@code 500 ms}).
     */
    String TIMEOUT_DEFAULT_PROPERTY_NAME = "rununder.timeout.default";

    /** Default of {@link #TIMEOUT_DEFAULT_PROPERTY_NAME}. */
    String DEFAULT_TIMEOUT = "2 m";

    /**
     * Measured rounds for methods that do not set {@link #rounds()}; default {@value #DEFAULT_ROUNDS},
     * the fewest with which a 99% interval can decide an expectation (of the 252 equally likely
     * orderings of two samples of five rounds, the most extreme has probability 0.4%, under the
     * 0.5% the interval allows per side).
     */
    String ROUNDS_DEFAULT_PROPERTY_NAME = "rununder.rounds.default";

    /** Default of {@link #ROUNDS_DEFAULT_PROPERTY_NAME}. */
    int DEFAULT_ROUNDS = 5;

    /** Warm-up rounds for methods that do not set {@link #warmup()}; default {@value #DEFAULT_WARMUP}. */
    String WARMUP_DEFAULT_PROPERTY_NAME = "rununder.warmup.default";

    /** Default of {@link #WARMUP_DEFAULT_PROPERTY_NAME}. */
    int DEFAULT_WARMUP = 1;

    /**
     * How long a model may go on warming up after its declared {@link #warmup()} rounds while its
     * code is not warm yet, in JUnit's duration syntax ({@code 10 s}, {@code 500 ms}), or {@code 0}
     * to stop after the declared rounds; default {@value #DEFAULT_WARMUP_LIMIT}.
     *
     * <p>A warm-up round counts as warm when the JIT compiler spent at most 5% of its wall time
     * compiling and no class was loaded during it (for {@link Model#PROCESSES}, in the workers).
     * Until then another warm-up round runs, within this limit and never more than half of what is
     * left of the model's time limit. The model's node says how many warm-up rounds it took and why
     * they stopped. A method with {@code warmup = 0} is not warmed up at all.
     */
    String WARMUP_LIMIT_PROPERTY_NAME = "rununder.warmup.limit";

    /** Default of {@link #WARMUP_LIMIT_PROPERTY_NAME}. */
    String DEFAULT_WARMUP_LIMIT = "5 s";

    /** Task invocations per round of methods that do not set {@link #tasks()}. */
    int DEFAULT_TASKS = 16;

    /** Carriers of methods that do not set {@link #concurrency()}: one level, no sweep. */
    int DEFAULT_CONCURRENCY = 4;

    /**
     * Narrows every {@code @RunUnder} method to these models, for a quick local run: a
     * comma-separated list of {@link Model} names; methods keep their own order. Models a method
     * does not declare are ignored; a method left with none of its models is skipped with a reason.
     */
    String MODELS_PROPERTY_NAME = "rununder.models";

    /**
     * What a failed or undecided expectation does: {@code fail} (default) fails the verdict node,
     * {@code warn} passes it and reports a warning, {@code off} does not check expectations.
     */
    String VERDICTS_PROPERTY_NAME = "rununder.verdicts";

    /**
     * How long the verdict node of one method may spend measuring more rounds while an expectation
     * is undecided, in JUnit's duration syntax ({@code 30 s}, {@code 2 m}), or {@code 0} for no
     * extra rounds; default {@value #DEFAULT_VERDICT_BUDGET}.
     *
     * <p>Expectations are decided from a 99% confidence interval on the speed ratio. While one is
     * undecided (its interval straddles the factor claimed), the verdict node measures the models
     * it compares again, one round of each per cycle in a shuffled order, doubling their rounds
     * between looks, at most five looks, until every expectation is decided or this budget would be
     * exceeded. A claim still undecided then fails (or warns, see {@value #VERDICTS_PROPERTY_NAME})
     * with its interval. The method's time limit bounds the extra rounds too.
     */
    String VERDICT_BUDGET_PROPERTY_NAME = "rununder.verdict.budget";

    /** Default of {@link #VERDICT_BUDGET_PROPERTY_NAME}. */
    String DEFAULT_VERDICT_BUDGET = "30 s";

    /**
     * When to explain why a model was slower than a claim wanted: {@code auto} (default) records
     * where each model's time goes only where a claim fails or stays undecided, running the models
     * it compares again with the JDK Flight Recorder on, so that runs whose claims hold pay
     * nothing; {@code on} records every model and explains every comparison that falls short of
     * its claim, also within a claim that holds; {@code off} never records.
     */
    String EXPLAIN_PROPERTY_NAME = "rununder.explain";

    /**
     * What a virtual thread pinned to its carrier while it parks does under
     * {@link Model#VIRTUAL_THREADS}: {@code report} (default) names each pinned park with its
     * reason and the task's frame in the node and the report, {@code fail} fails the node,
     * {@code off} does not watch.
     */
    String PINNING_PROPERTY_NAME = "rununder.pinning";

    /**
     * Extra JVM arguments for forked {@link Model#PROCESSES} workers, separated by spaces; they
     * come after the inherited ones and before {@link #jvmArgs()}.
     */
    String FORK_JVM_ARGS_PROPERTY_NAME = "rununder.fork.jvmArgs";

    /**
     * {@code on} (default) lets {@link Model#PROCESSES} workers start from a class-data archive of
     * what a worker loads (JDK 25's ahead-of-time cache, a dynamic CDS archive before), kept under
     * the build directory ({@code target/} or {@code build/}) and made once per JDK and class path
     * when a run that started workers ends; {@code off} neither makes nor uses one.
     */
    String FORK_STARTUP_CACHE_PROPERTY_NAME = "rununder.fork.startupCache";

    /**
     * Whether to write the build-time report: {@code on} (default) or {@code off}. With {@code off}
     * the nodes still publish their figures and the verdicts are checked as usual; only
     * {@code report.json}, {@code report.html}, {@code report.md} and the console table are not written.
     */
    String REPORT_PROPERTY_NAME = "rununder.report";

    /**
     * Directory of the build-time report ({@code report.json}, {@code report.html},
     * {@code report.md}); a relative path is resolved against the working directory, which is the
     * module's directory under Maven Surefire. Default {@value #DEFAULT_REPORT_DIR}. A directory that
     * cannot be written fails every {@code @RunUnder} method with a configuration error.
     */
    String REPORT_DIR_PROPERTY_NAME = "rununder.report.dir";

    /** Default of {@link #REPORT_DIR_PROPERTY_NAME}. */
    String DEFAULT_REPORT_DIR = "target/rununder";

    /**
     * Path of a {@code report.json} of an earlier run to compare with (relative to the working
     * directory). Every model whose median got slower beyond its interval (this run's interval lies
     * wholly above the baseline's) is flagged in the report and in the verdict node's report
     * entries. A file that cannot be read as a report fails every {@code @RunUnder} method with a
     * configuration error.
     */
    String BASELINE_PROPERTY_NAME = "rununder.baseline";

    /**
     * {@code true} fails the verdict node of a method with a model slower than in
     * {@value #BASELINE_PROPERTY_NAME}, naming the model and both medians; {@code false} (default)
     * only flags it. Follows {@value #VERDICTS_PROPERTY_NAME}: {@code warn} reports a warning
     * instead, {@code off} checks nothing.
     */
    String BASELINE_FAIL_PROPERTY_NAME = "rununder.baseline.fail";

    /**
     * What a task that blocks the {@link Model#ASYNC} event loop does: {@code report} (default)
     * names the blocking call, the task code that made it and what it cost, in the node and the
     * report; {@code fail} fails the {@code ASYNC} node as well; {@code off} does not watch.
     */
    String ASYNC_BLOCKING_PROPERTY_NAME = "rununder.async.blocking";

    /**
     * System property that is {@code true} inside a {@link Model#PROCESSES} worker JVM, where the
     * test's lifecycle runs to serve tasks, and nowhere else: {@code Boolean.getBoolean(RunUnder.WORKER_PROPERTY_NAME)}.
     */
    String WORKER_PROPERTY_NAME = "rununder.worker";

    /** The models to run, in this order; default: all five. Must not be empty nor repeat a model. */
    Model[] model() default {Model.SEQUENTIAL, Model.THREADS, Model.VIRTUAL_THREADS, Model.PROCESSES, Model.ASYNC};

    /** Task invocations per round; at least {@code 1}. Default {@value #DEFAULT_TASKS}. */
    int tasks() default DEFAULT_TASKS;

    /**
     * Threads, worker processes or in-flight tasks, depending on the {@link Model model}: one value
     * ({@code concurrency = 8}), or several for a sweep ({@code concurrency = {1, 2, 4, 8, 16}}, see
     * "Sweeps" above). Each at least {@code 1}, none twice. Ignored by {@link Model#SEQUENTIAL},
     * which runs once, one task at a time. Default {@value #DEFAULT_CONCURRENCY}.
     */
    int[] concurrency() default DEFAULT_CONCURRENCY;

    /**
     * Warm-up rounds per model, run before the measured ones and not counted; {@code 0} or more.
     * Default: {@value #WARMUP_DEFAULT_PROPERTY_NAME}, or {@value #DEFAULT_WARMUP}.
     */
    int warmup() default -1;

    /**
     * Measured rounds per model; at least {@code 1}. More rounds may be measured while an
     * expectation is undecided (see {@value #VERDICT_BUDGET_PROPERTY_NAME}). Default:
     * {@value #ROUNDS_DEFAULT_PROPERTY_NAME}, or {@value #DEFAULT_ROUNDS}, the fewest rounds with
     * which a 99% interval on a speed ratio can decide an expectation; with fewer, the verdict node
     * measures up to that many before it can decide.
     */
    int rounds() default -1;

    /**
     * Extra JVM arguments for {@link Model#PROCESSES} workers, after the inherited ones and
     * {@value #FORK_JVM_ARGS_PROPERTY_NAME}; for example {@code "-Xmx256m"}.
     */
    String[] jvmArgs() default {};
}
