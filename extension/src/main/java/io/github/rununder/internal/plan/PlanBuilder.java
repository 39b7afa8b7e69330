package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
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
    private List<Integer> concurrency = List.of(RunUnder.DEFAULT_CONCURRENCY);
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

    /** The concurrency to run at, or the levels of a sweep, in any order. */
    public PlanBuilder concurrency(int... levels) {
        this.concurrency = Arrays.stream(levels).boxed().toList();
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
        List<Problem> levelProblems = levelProblems(concurrency);
        problems.addAll(levelProblems);
        count("rounds", rounds).ifPresent(problems::add);
        count("warmup", warmup).ifPresent(problems::add);
        if (tasks >= 1 && levelProblems.isEmpty()) {
            // The highest level of a sweep asks for the most workers and threads.
            int highest = concurrency.stream().mapToInt(Integer::intValue).max().orElseThrow();
            Limits.workload(models, tasks, highest).forEach(rule -> problems.add(new Problem.Limit(rule)));
        }
        Limits.jvmArgs("jvmArgs", jvmArgs).forEach(rule -> problems.add(new Problem.Limit(rule)));
        for (Expectation expectation : expectations) {
            problems.addAll(expectation(expectation));
            problems.addAll(compared(expectation, models));
            if (levelProblems.isEmpty()) {
                problems.addAll(swept(expectation, concurrency));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems.stream().map(syntax::message).toList());
        }
        List<Model> run = models.stream().filter(allowedModels::contains).toList();
        List<Model> skipped = models.stream().filter(m -> !allowedModels.contains(m)).toList();
        Levels levels = new Levels(concurrency.stream().sorted().toList());
        return new Plan(subject, run, skipped, tasks, levels, warmup, rounds, timeLimit, jvmArgs, expectations);
    }

    /** The problem with an integer attribute ({@code tasks}, {@code concurrency}, {@code warmup}, {@code rounds}), if any. */
    public static Optional<Problem> count(String attribute, int value) {
        int minimum = MINIMUMS.get(attribute);
        return value >= minimum ? Optional.empty()
                : Optional.of(new Problem.BelowMinimum(attribute, value, minimum, MEANINGS.get(attribute)));
    }

    /**
     * The problems of the concurrencies to run at: none given, one given twice, one below 1. A single
     * concurrency below 1 is worded as {@code tasks = 0} is; a level of a sweep names the sweep.
     */
    public static List<Problem> levelProblems(List<Integer> levels) {
        if (levels.isEmpty()) {
            return List.of(new Problem.NoLevels());
        }
        if (levels.size() == 1) {
            return count("concurrency", levels.get(0)).stream().toList();
        }
        List<Problem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Set<Integer> reported = new HashSet<>();
        for (int level : levels) {
            if (level < 1 && reported.add(level)) {
                problems.add(new Problem.LevelBelowMinimum(level, levels));
            } else if (!seen.add(level) && reported.add(level)) {
                problems.add(new Problem.RepeatedLevel(level, levels));
            }
        }
        return problems;
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

    /**
     * The problems of a claim in itself: a model compared with itself, a factor that is not positive
     * and finite, a scaling claim about {@code SEQUENTIAL} or from a level that is not the lower one.
     */
    public static List<Problem> expectation(Expectation expectation) {
        List<Problem> problems = new ArrayList<>();
        if (expectation instanceof Expectation.Faster faster) {
            if (faster.model() == faster.than()) {
                problems.add(new Problem.SelfComparison(faster));
            }
            factor(faster, faster.atLeast()).ifPresent(problems::add);
        }
        if (expectation instanceof Expectation.Scaling scaling) {
            if (scaling.model() == Model.SEQUENTIAL) {
                problems.add(new Problem.SequentialScaling(scaling));
            }
            if (scaling.from() >= scaling.to()) {
                problems.add(new Problem.LevelsOutOfOrder(scaling));
            }
            factor(scaling, scaling.atLeast()).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> factor(Expectation expectation, double atLeast) {
        return atLeast > 0 && !Double.isInfinite(atLeast) ? Optional.empty()
                : Optional.of(new Problem.BadFactor(expectation, atLeast));
    }

    /** The problems of a scaling claim against the levels of the sweep: a level it names is not among them. */
    public static List<Problem> swept(Expectation expectation, List<Integer> levels) {
        List<Problem> problems = new ArrayList<>();
        if (expectation instanceof Expectation.Scaling scaling && scaling.model() != Model.SEQUENTIAL) {
            List<Integer> sorted = levels.stream().sorted().toList();
            if (!levels.contains(scaling.from())) {
                problems.add(new Problem.LevelNotSwept(scaling, "from", scaling.from(), sorted));
            }
            if (!levels.contains(scaling.to())) {
                problems.add(new Problem.LevelNotSwept(scaling, "to", scaling.to(), sorted));
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
        } else if (expectation instanceof Expectation.Scaling scaling) {
            notCompared(problems, scaling, "model", scaling.model(), models);
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
