package io.github.rununder;

import io.github.rununder.internal.compare.CodeComparison;
import io.github.rununder.internal.compare.TaskClasses;
import io.github.rununder.internal.engine.EngineSettings;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.model.TaskFailures;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.InvalidPlanException;
import io.github.rununder.internal.plan.Limits;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.plan.PlanBuilder;
import io.github.rununder.internal.plan.Problem;
import io.github.rununder.internal.plan.Syntax;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compares concurrency models on a workload from code, without an annotation and without JUnit:
 * the same models, measurements and statistics as {@link RunUnder}.
 *
 * <pre>{@code
 * Comparison result = Compare.workload(new Download())      // Download implements Task
 *         .model(SEQUENTIAL, THREADS, VIRTUAL_THREADS).tasks(100).concurrency(20)
 *         .run();
 * assertThat(result).model(VIRTUAL_THREADS).isFasterThan(SEQUENTIAL).byAtLeast(5.0);
 * }</pre>
 *
 * <h2>An immutable builder</h2>
 *
 * <p>Every setter returns a new {@code Compare} and leaves the one it was called on unchanged, so a
 * half-configured comparison can be kept and varied safely:
 *
 * <pre>{@code
 * Compare naps = Compare.workload(new Nap()).tasks(64);
 * Comparison small = naps.concurrency(4).run();
 * Comparison large = naps.concurrency(32).run();  // naps itself still has the default concurrency
 * }</pre>
 *
 * <p>A bad argument is refused at once, by the setter it is given to, with an
 * {@link IllegalArgumentException} that says what is allowed.
 *
 * <h2>Defaults</h2>
 *
 * <p>As for {@link RunUnder}: {@value #DEFAULT_TASKS} tasks per round, a concurrency of
 * {@value #DEFAULT_CONCURRENCY}, {@value RunUnder#DEFAULT_WARMUP} warm-up and
 * {@value RunUnder#DEFAULT_ROUNDS} measured rounds, a time limit of two minutes per model run, a
 * verdict budget of 30 seconds, and warming up beyond the declared rounds while the code is not
 * warm for at most {@value RunUnder#DEFAULT_WARMUP_LIMIT} (see
 * {@link RunUnder#WARMUP_LIMIT_PROPERTY_NAME}). The models are the four in-process ones
 * ({@link Model#SEQUENTIAL}, {@link Model#THREADS}, {@link Model#VIRTUAL_THREADS},
 * {@link Model#ASYNC}): {@link Model#PROCESSES} forks JVMs and runs only when asked for.
 *
 * <h2>Processes</h2>
 *
 * <p>Under {@link Model#PROCESSES} each worker JVM rebuilds the task by its class name, so the task
 * must be an instance of a top-level or static nested class with a public no-argument
 * constructor. A lambda, an anonymous, local or inner class, or a class without such a constructor
 * is refused when {@code PROCESSES} is asked for.
 *
 * <h2>What {@link #run()} does</h2>
 *
 * <p>The same as the annotation, step by step: each model runs on its own first, in the given
 * order (warmed up until its code is warm, then its measured rounds); then every model runs
 * again, interleaved with the others: one round of each model per cycle, in an order shuffled
 * anew for every cycle. Comparisons — claims, the fastest model, the recommendation, the speed-ups
 * of {@link Comparison} — rest on those interleaved rounds, so that whatever warms up over the
 * first executions (the JIT, a pool filling lazily, a cache) or a machine whose load changes
 * slows every model alike, rather than whichever model ran at the time.
 *
 * <h2>Claims decided while measuring</h2>
 *
 * <p>{@link #run()} measures the rounds asked for. Claims declared with
 * {@link #expectFaster(Model, Model, double)} or {@link #expectFastest(Model)} are decided while
 * measuring, as the annotations are: while one is undecided, more rounds of its models are
 * measured, interleaved, until it is decided or the {@linkplain #budget(Duration) budget} is spent.
 * {@code run()} does not fail for them; assert them on the {@link Comparison}.
 */
public final class Compare {

    /** Task invocations per round unless {@link #tasks(int)} says otherwise. */
    public static final int DEFAULT_TASKS = RunUnder.DEFAULT_TASKS;

    /** Threads, workers or in-flight tasks unless {@link #concurrency(int...)} says otherwise. */
    public static final int DEFAULT_CONCURRENCY = RunUnder.DEFAULT_CONCURRENCY;

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);
    private static final Duration WARMUP_LIMIT = Duration.ofSeconds(5);

    private static final List<Model> DEFAULT_MODELS =
            List.of(Model.SEQUENTIAL, Model.THREADS, Model.VIRTUAL_THREADS, Model.ASYNC);

    private final Task task;
    private final Declared declared;

    /** What a comparison declares; every setter gives a copy with one thing changed. */
    private record Declared(List<Model> models, int tasks, List<Integer> concurrency, int warmup, int rounds,
            Duration timeout, Duration budget, List<String> jvmArgs, List<Expectation> expectations) {}

    /** A copy of {@link Declared} being changed, for the one setter that changes it. */
    private static final class Draft {
        List<Model> models;
        int tasks;
        List<Integer> concurrency;
        int warmup;
        int rounds;
        Duration timeout;
        Duration budget;
        List<String> jvmArgs;
        List<Expectation> expectations;

        Draft(Declared declared) {
            models = declared.models();
            tasks = declared.tasks();
            concurrency = declared.concurrency();
            warmup = declared.warmup();
            rounds = declared.rounds();
            timeout = declared.timeout();
            budget = declared.budget();
            jvmArgs = declared.jvmArgs();
            expectations = declared.expectations();
        }

        Declared declared() {
            return new Declared(models, tasks, concurrency, warmup, rounds, timeout, budget, jvmArgs, expectations);
        }
    }

    private Compare(Task task, Declared declared) {
        this.task = task;
        this.declared = declared;
    }

    /** A copy of this comparison with what {@code change} changes. */
    private Compare with(Consumer<Draft> change) {
        Draft draft = new Draft(declared);
        change.accept(draft);
        return new Compare(task, draft.declared());
    }

    /**
     * Starts a comparison of {@code task}, run {@link #tasks(int)} times per round under each model.
     *
     * @param task any lambda for in-process models; for {@link Model#PROCESSES}, an instance of a
     *     class with a public no-argument constructor
     * @throws IllegalArgumentException when {@code task} is {@code null}
     */
    public static Compare workload(Task task) {
        if (task == null) {
            throw new IllegalArgumentException("Compare.workload(null): pass the task to run, such as a lambda"
                    + " (info -> client.send(request)) or new Download()");
        }
        return new Compare(task, new Declared(DEFAULT_MODELS, DEFAULT_TASKS, List.of(DEFAULT_CONCURRENCY),
                RunUnder.DEFAULT_WARMUP, RunUnder.DEFAULT_ROUNDS, DEFAULT_TIMEOUT, DEFAULT_BUDGET, List.of(),
                List.of()));
    }

    /**
     * The models to compare, in this order.
     *
     * @throws IllegalArgumentException when none is given, one is {@code null} or repeated, or
     *     {@link Model#PROCESSES} is given for a task that a worker cannot rebuild by name
     */
    public Compare model(Model... models) {
        if (models != null && Arrays.asList(models).contains(null)) {
            throw new IllegalArgumentException("model(" + Arrays.toString(models) + "): a model is null");
        }
        refuse(PlanBuilder.modelProblems(models == null ? List.of() : List.of(models)));
        if (Arrays.asList(models).contains(Model.PROCESSES)) {
            TaskClasses.whyNotRebuildable(task.getClass()).ifPresent(why -> {
                throw new IllegalArgumentException("model(" + list(models) + "): PROCESSES runs the task in forked"
                        + " worker JVMs, which rebuild it by class name, so the task must be a class with a public"
                        + " no-argument constructor, but it is " + why + ". Write the task as a top-level or static"
                        + " nested class implementing Task, or leave PROCESSES out.");
            });
        }
        return with(draft -> draft.models = List.of(models));
    }

    /**
     * Task invocations per round; default {@value #DEFAULT_TASKS}.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Compare tasks(int tasks) {
        refuse(PlanBuilder.count("tasks", tasks).stream().toList());
        return with(draft -> draft.tasks = tasks);
    }

    /**
     * Threads, worker processes or in-flight tasks, depending on the model (see {@link Model}): one
     * value, or several for a sweep, in which every model but {@link Model#SEQUENTIAL} runs at each
     * level (see {@link RunUnder}'s "Sweeps"); default {@value #DEFAULT_CONCURRENCY}.
     *
     * <pre>{@code
     * Comparison sweep = Compare.workload(new Nap()).model(THREADS, VIRTUAL_THREADS)
     *         .concurrency(1, 2, 4, 8, 16).run();
     * sweep.bestConcurrency(THREADS);            // OptionalInt[16]
     * sweep.scalability(THREADS).orElseThrow();  // Scalability[σ = 0.004, κ = 0, ...]
     * }</pre>
     *
     * @throws IllegalArgumentException when none is given, one is below 1, or one is given twice
     */
    public Compare concurrency(int... levels) {
        List<Integer> given = levels == null ? List.of() : Arrays.stream(levels).boxed().toList();
        refuse(PlanBuilder.levelProblems(given));
        return with(draft -> draft.concurrency = given);
    }

    /**
     * Uncounted rounds per model before the measured ones; default {@value RunUnder#DEFAULT_WARMUP}.
     *
     * @throws IllegalArgumentException when negative
     */
    public Compare warmup(int warmup) {
        refuse(PlanBuilder.count("warmup", warmup).stream().toList());
        return with(draft -> draft.warmup = warmup);
    }

    /**
     * Measured rounds per model; default {@value RunUnder#DEFAULT_ROUNDS}, the fewest with which a
     * claim can be decided at 99% confidence.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Compare rounds(int rounds) {
        refuse(PlanBuilder.count("rounds", rounds).stream().toList());
        return with(draft -> draft.rounds = rounds);
    }

    /**
     * How long each model's own run may take: its start-up, warm-up and measured rounds together;
     * and how long the interleaved rounds of all models together may take. Default two minutes. A
     * model that takes longer has its threads interrupted and {@link #run()} throws a
     * {@link ModelTimeoutException}; interleaved rounds stop early enough to stay within it, and a
     * claim they leave undecided says so.
     *
     * @throws IllegalArgumentException when {@code null}, zero or negative
     */
    public Compare timeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout(" + timeout + "): the time limit of one model run must be"
                    + " positive, such as Duration.ofSeconds(30)");
        }
        return with(draft -> draft.timeout = timeout);
    }

    /**
     * How long {@link #run()} may spend on extra rounds for undecided declared claims; default 30
     * seconds, {@link Duration#ZERO} for none.
     *
     * @throws IllegalArgumentException when {@code null} or negative
     */
    public Compare budget(Duration budget) {
        if (budget == null || budget.isNegative()) {
            throw new IllegalArgumentException("budget(" + budget + "): the time for extra rounds must be zero or"
                    + " more, such as Duration.ofSeconds(30)");
        }
        return with(draft -> draft.budget = budget);
    }

    /**
     * Extra JVM arguments for {@link Model#PROCESSES} workers, such as {@code "-Xmx256m"}.
     *
     * @throws IllegalArgumentException when an argument is {@code null} or blank
     */
    public Compare jvmArgs(String... jvmArgs) {
        if (jvmArgs == null || Arrays.stream(jvmArgs).anyMatch(arg -> arg == null || arg.isBlank())) {
            throw new IllegalArgumentException("jvmArgs(" + (jvmArgs == null ? "null" : list(jvmArgs))
                    + "): every argument must be a non-blank string, such as \"-Xmx256m\"");
        }
        List<String> problems = Limits.jvmArgs("jvmArgs", List.of(jvmArgs));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("jvmArgs(" + list(jvmArgs) + ") " + problems.get(0));
        }
        return with(draft -> draft.jvmArgs = List.of(jvmArgs));
    }

    /**
     * Declares that {@code model} should be at least {@code atLeast} times faster than
     * {@code than}, so that {@link #run()} measures more rounds while that is undecided, as
     * {@link ExpectFaster} does. Assert it on the {@link Comparison}.
     *
     * @throws IllegalArgumentException when a model is {@code null}, both are the same, or
     *     {@code atLeast} is not a positive finite number
     */
    public Compare expectFaster(Model model, Model than, double atLeast) {
        if (model == null || than == null) {
            throw new IllegalArgumentException("expectFaster(" + model + ", " + than + ", " + atLeast
                    + "): name two models");
        }
        Expectation.Faster claim = new Expectation.Faster(model, than, atLeast);
        refuse(PlanBuilder.expectation(claim));
        return expect(claim);
    }

    /**
     * Declares that {@code model} should beat every other model, so that {@link #run()} measures
     * more rounds while that is undecided, as {@link ExpectFastest} does. Assert it on the
     * {@link Comparison}.
     *
     * @throws IllegalArgumentException when {@code model} is {@code null}
     */
    public Compare expectFastest(Model model) {
        if (model == null) {
            throw new IllegalArgumentException("expectFastest(null): name the model expected to be the fastest");
        }
        return expect(new Expectation.Fastest(model));
    }

    /**
     * Declares that {@code model} should give at least {@code atLeast} times the throughput at
     * concurrency {@code to} that it gives at {@code from}, so that {@link #run()} measures more
     * rounds of both levels while that is undecided, as {@link ExpectScaling} does. Both levels
     * must be among {@link #concurrency(int...)}; that is checked by {@link #run()}. Assert it on
     * the {@link Comparison} with {@link Comparison#verdicts()}.
     *
     * @throws IllegalArgumentException when {@code model} is {@code null} or {@link Model#SEQUENTIAL},
     *     {@code from} is not below {@code to}, or {@code atLeast} is not a positive finite number
     */
    public Compare expectScaling(Model model, int from, int to, double atLeast) {
        if (model == null) {
            throw new IllegalArgumentException("expectScaling(null, " + from + ", " + to + ", " + atLeast
                    + "): name the model expected to scale");
        }
        Expectation.Scaling claim = new Expectation.Scaling(model, from, to, atLeast);
        refuse(PlanBuilder.expectation(claim));
        return expect(claim);
    }

    private Compare expect(Expectation expectation) {
        List<Expectation> more = new ArrayList<>(declared.expectations());
        more.add(expectation);
        return with(draft -> draft.expectations = List.copyOf(more));
    }

    /**
     * Runs the task under every model, their rounds interleaved, and returns what they measured.
     * Models this JVM cannot run ({@link Model#VIRTUAL_THREADS} before Java 21) are skipped and
     * named in {@link Comparison#skippedModels()}.
     *
     * @throws IllegalArgumentException when a declared claim names a model not in {@link #model(Model...)},
     *     a scaling claim a level not in {@link #concurrency(int...)}, or the workload asks for more
     *     workers than tasks or more workers or threads than allowed
     * @throws TaskFailedException when a task throws, naming the model and the task
     * @throws org.opentest4j.AssertionFailedError when a task's assertion fails: an assertion
     *     failure still, naming the model and the task, with the original's stack and, for
     *     opentest4j's own, its expected and actual values
     * @throws ModelTimeoutException when a model run exceeds the {@linkplain #timeout(Duration) time limit}
     * @throws IllegalStateException when no model could run at all
     */
    public Comparison run() {
        PlanBuilder builder = new PlanBuilder(subject(), new TimeLimit(declared.timeout(), "Compare.timeout"),
                Syntax.calls())
                .models(declared.models()).tasks(declared.tasks())
                .concurrency(declared.concurrency().stream().mapToInt(Integer::intValue).toArray())
                .warmup(declared.warmup()).rounds(declared.rounds()).jvmArgs(declared.jvmArgs());
        declared.expectations().forEach(builder::expect);
        Plan plan;
        try {
            plan = builder.build();
        } catch (InvalidPlanException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
        Duration budget = declared.budget();
        EngineSettings settings = new EngineSettings(true, budget, "Compare.budget("
                + (budget.isZero() ? "0" : Durations.format(budget.toNanos())) + ")", WARMUP_LIMIT,
                Runtime.getRuntime().availableProcessors());
        ExperimentResult result;
        try {
            result = new CodeComparison(plan, task, settings).run();
        } catch (TaskFailedException failure) {
            throw asThrown(TaskFailures.asInAPlainTest(failure));
        }
        if (result.comparable().isEmpty()) {
            throw new IllegalStateException("No model of " + subject() + " could run: " + Comparison.skipped(result));
        }
        return new Comparison(result);
    }

    /** Rethrows an unchecked exception or error as it is: {@link TaskFailures} gives back one of those. */
    private static RuntimeException asThrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) failure;
    }

    /**
     * {@code Compare.workload(Nap) [SEQUENTIAL, THREADS] tasks=16 concurrency=4 warmup=1 rounds=5 timeout=2.0 min budget=30.0 s}.
     */
    @Override
    public String toString() {
        Declared d = declared;
        StringBuilder text = new StringBuilder(subject()).append(' ').append(d.models())
                .append(" tasks=").append(d.tasks())
                .append(" concurrency=").append(d.concurrency().size() == 1 ? d.concurrency().get(0) : d.concurrency())
                .append(" warmup=").append(d.warmup()).append(" rounds=").append(d.rounds())
                .append(" timeout=").append(Durations.format(d.timeout().toNanos()))
                .append(" budget=").append(Durations.format(d.budget().toNanos()));
        if (!d.jvmArgs().isEmpty()) {
            text.append(" jvmArgs=").append(d.jvmArgs());
        }
        d.expectations().forEach(expectation -> text.append(' ').append(Syntax.Calls.call(expectation)));
        return text.toString();
    }

    private String subject() {
        return "Compare.workload(" + TaskClasses.describe(task.getClass()) + ")";
    }

    /** Throws the first of {@code problems}, worded as this call's mistake. */
    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(Syntax.calls().message(problems.get(0)));
        }
    }

    private static String list(Object[] values) {
        return String.join(", ", Arrays.stream(values).map(String::valueOf).toList());
    }
}
