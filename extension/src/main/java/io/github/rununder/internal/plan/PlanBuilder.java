package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what the annotations or the code-driven builder declare and turns it into a valid
 * {@link Plan}, or an {@link InvalidPlanException} listing every problem, worded by the
 * {@link Syntax} of the declaration. The one place where the rules of a comparison live: the
 * annotation and {@code Compare} both validate here, and {@code Compare}'s setters check their own
 * attribute with the same rules as soon as they are called.
 */
public final class PlanBuilder {

    /** What each integer attribute counts, for messages. */
    private static final Map<String, String> MEANINGS = Map.of(
            "tasks", "the number of task invocations per round",
            "concurrency", "the number of threads, worker processes or in-flight tasks",
            "warmup", "the number of uncounted rounds",
            "rounds", "the number of measured rounds per model");

    /** The smallest value of each integer attribute. */
    private static final Map<String, Integer> MINIMUMS = Map.of("tasks", 1, "concurrency", 1, "warmup", 0, "rounds", 1);

    private final String subject;
    private final Syntax syntax;
    private List<Model> models = List.of(Model.values());
    private Set<Model> allowedModels = EnumSet.allOf(Model.class);
    private int tasks = RunUnder.DEFAULT_TASKS;
    private int concurrency = RunUnder.DEFAULT_CONCURRENCY;
    private int warmup = RunUnder.DEFAULT_WARMUP;
    private int rounds = RunUnder.DEFAULT_ROUNDS;
    private TimeLimit timeLimit;
    private List<String> jvmArgs = List.of();
    private final List<Expectation> expectations = new ArrayList<>();

    /**
     * @param subject the comparison as messages name it, for example {@code NapTest.nap(TaskInfo)}
     * @param timeLimit how long one model run may take
     * @param syntax how problems are worded
     */
    public PlanBuilder(String subject, TimeLimit timeLimit, Syntax syntax) {
        this.subject = subject;
        this.timeLimit = timeLimit;
        this.syntax = syntax;
    }

    public PlanBuilder models(List<Model> models) {
        this.models = List.copyOf(models);
        return this;
    }

    /** Models the configuration lets run ({@code rununder.models}); others are skipped, not run. */
    public PlanBuilder allowedModels(Set<Model> allowed) {
        this.allowedModels = EnumSet.noneOf(Model.class);
        this.allowedModels.addAll(allowed);
        return this;
    }

    public PlanBuilder tasks(int tasks) {
        this.tasks = tasks;
        return this;
    }

    public PlanBuilder concurrency(int concurrency) {
        this.concurrency = concurrency;
        return this;
    }

    public PlanBuilder warmup(int warmup) {
        this.warmup = warmup;
        return this;
    }

    public PlanBuilder rounds(int rounds) {
        this.rounds = rounds;
        return this;
    }

    public PlanBuilder timeLimit(TimeLimit timeLimit) {
        this.timeLimit = timeLimit;
        return this;
    }

    public PlanBuilder jvmArgs(List<String> jvmArgs) {
        this.jvmArgs = List.copyOf(jvmArgs);
        return this;
    }

    public PlanBuilder expect(Expectation expectation) {
        expectations.add(expectation);
        return this;
    }

    /** Validates everything and builds the plan; all problems are reported at once. */
    public Plan build() {
        List<Problem> problems = new ArrayList<>(modelProblems(models));
        count("tasks", tasks).ifPresent(problems::add);
        count("concurrency", concurrency).ifPresent(problems::add);
        count("rounds", rounds).ifPresent(problems::add);
        count("warmup", warmup).ifPresent(problems::add);
        if (tasks >= 1 && concurrency >= 1) {
            Limits.workload(models, tasks, concurrency).forEach(rule -> problems.add(new Problem.Limit(rule)));
        }
        Limits.jvmArgs("jvmArgs", jvmArgs).forEach(rule -> problems.add(new Problem.Limit(rule)));
        for (Expectation expectation : expectations) {
            problems.addAll(expectation(expectation));
            problems.addAll(compared(expectation, models));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems.stream().map(syntax::message).toList());
        }
        List<Model> run = models.stream().filter(allowedModels::contains).toList();
        List<Model> skipped = models.stream().filter(m -> !allowedModels.contains(m)).toList();
        return new Plan(subject, run, skipped, tasks, concurrency, warmup, rounds, timeLimit, jvmArgs, expectations);
    }

    /** The problem with an integer attribute ({@code tasks}, {@code concurrency}, {@code warmup}, {@code rounds}), if any. */
    public static Optional<Problem> count(String attribute, int value) {
        int minimum = MINIMUMS.get(attribute);
        return value >= minimum ? Optional.empty()
                : Optional.of(new Problem.BelowMinimum(attribute, value, minimum, MEANINGS.get(attribute)));
    }

    /** The problems of a list of models: none, or one repeated. */
    public static List<Problem> modelProblems(List<Model> models) {
        if (models.isEmpty()) {
            return List.of(new Problem.NoModels());
        }
        Set<Model> seen = EnumSet.noneOf(Model.class);
        Set<Model> repeated = new LinkedHashSet<>();
        for (Model model : models) {
            if (!seen.add(model)) {
                repeated.add(model);
            }
        }
        return repeated.stream().<Problem>map(model -> new Problem.RepeatedModel(model, models)).toList();
    }

    /** The problems of a claim in itself: a model compared with itself, a factor that is not positive and finite. */
    public static List<Problem> expectation(Expectation expectation) {
        List<Problem> problems = new ArrayList<>();
        if (expectation instanceof Expectation.Faster faster) {
            if (faster.model() == faster.than()) {
                problems.add(new Problem.SelfComparison(faster));
            }
            if (!(faster.atLeast() > 0) || Double.isInfinite(faster.atLeast())) {
                problems.add(new Problem.BadFactor(faster));
            }
        }
        return problems;
    }

    /** The problems of a claim against the models compared: a model not among them, or the only one. */
    public static List<Problem> compared(Expectation expectation, List<Model> models) {
        List<Problem> problems = new ArrayList<>();
        if (models.isEmpty()) {
            return problems;
        }
        if (expectation instanceof Expectation.Faster faster) {
            notCompared(problems, faster, "model", faster.model(), models);
            notCompared(problems, faster, "than", faster.than(), models);
        } else if (expectation instanceof Expectation.Fastest fastest) {
            notCompared(problems, fastest, "value", fastest.model(), models);
            if (models.size() < 2 && models.contains(fastest.model())) {
                problems.add(new Problem.OnlyModel(fastest));
            }
        }
        return problems;
    }

    private static void notCompared(List<Problem> problems, Expectation expectation, String attribute, Model model,
            List<Model> models) {
        if (!models.contains(model)) {
            problems.add(new Problem.ModelNotCompared(expectation, attribute, model, models));
        }
    }
}
