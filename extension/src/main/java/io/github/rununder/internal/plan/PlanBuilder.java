package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what the annotations (or the code-driven builder) declare and turns it into a valid
 * {@link Plan}, or an {@link InvalidPlanException} whose messages name the annotation, the
 * method, the attribute and the fix, in JUnit's {@code Configuration error:} style.
 */
public final class PlanBuilder {

    private final String subject;
    private List<Model> models = List.of(Model.values());
    private Set<Model> allowedModels = EnumSet.allOf(Model.class);
    private int tasks = 16;
    private int concurrency = 4;
    private int warmup = 1;
    private int rounds = 5;
    private TimeLimit timeLimit;
    private List<String> jvmArgs = List.of();
    private final List<Expectation> expectations = new ArrayList<>();

    /**
     * @param subject the method as messages name it, for example {@code NapTest.nap(TaskInfo)}
     * @param timeLimit how long one model run may take
     */
    public PlanBuilder(String subject, TimeLimit timeLimit) {
        this.subject = subject;
        this.timeLimit = timeLimit;
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
        List<String> problems = new ArrayList<>();
        checkModels(problems);
        positive(problems, "@RunUnder", "tasks", tasks, "the number of task invocations per round");
        positive(problems, "@RunUnder", "concurrency", concurrency, "the number of threads, worker processes or in-flight tasks");
        positive(problems, "@RunUnder", "rounds", rounds, "the number of measured rounds per model");
        if (warmup < 0) {
            problems.add(error("@RunUnder", "must be declared with a 'warmup' of 0 or more, but was " + warmup
                    + ". Set 'warmup' to the number of uncounted rounds, or leave it out for the default."));
        }
        if (tasks >= 1 && concurrency >= 1) {
            Limits.workload(models, tasks, concurrency).forEach(problem -> problems.add(error("@RunUnder", problem)));
        }
        Limits.jvmArgs("jvmArgs", jvmArgs).forEach(problem -> problems.add(error("@RunUnder", problem)));
        for (Expectation expectation : expectations) {
            checkExpectation(problems, expectation);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        List<Model> run = models.stream().filter(allowedModels::contains).toList();
        List<Model> skipped = models.stream().filter(m -> !allowedModels.contains(m)).toList();
        return new Plan(subject, run, skipped, tasks, concurrency, warmup, rounds, timeLimit, jvmArgs, expectations);
    }

    private void checkModels(List<String> problems) {
        if (models.isEmpty()) {
            problems.add(error("@RunUnder", "must be declared with at least one model in 'model', but it is empty."
                    + " List the models to compare, or leave 'model' out to run all five."));
            return;
        }
        Set<Model> seen = EnumSet.noneOf(Model.class);
        Set<Model> repeated = new LinkedHashSet<>();
        for (Model model : models) {
            if (!seen.add(model)) {
                repeated.add(model);
            }
        }
        for (Model model : repeated) {
            problems.add(error("@RunUnder", "lists " + model + " more than once in 'model'. List each model once."));
        }
    }

    private void checkExpectation(List<String> problems, Expectation expectation) {
        if (expectation instanceof Expectation.Faster faster) {
            String annotation = "@ExpectFaster";
            notRun(problems, annotation, "model", faster.model());
            notRun(problems, annotation, "than", faster.than());
            if (faster.model() == faster.than()) {
                problems.add(error(annotation, "compares " + faster.model() + " with itself ('model' and 'than')."
                        + " Name two different models."));
            }
            if (!(faster.atLeast() > 0) || Double.isInfinite(faster.atLeast())) {
                problems.add(error(annotation, "must be declared with a positive, finite 'atLeast', but was "
                        + faster.atLeast() + ". Use 1.0 for \"at least as fast\", 4.0 for \"four times as fast\"."));
            }
        } else if (expectation instanceof Expectation.Fastest fastest) {
            notRun(problems, "@ExpectFastest", "value", fastest.model());
            if (models.size() < 2 && models.contains(fastest.model())) {
                problems.add(error("@ExpectFastest", "names " + fastest.model()
                        + " in 'value', but it is the only model in @RunUnder's 'model'. Add the models it should beat."));
            }
        }
    }

    private void notRun(List<String> problems, String annotation, String attribute, Model model) {
        if (!models.isEmpty() && !models.contains(model)) {
            problems.add(error(annotation, "names " + model + " in '" + attribute + "', but @RunUnder's 'model' does not list it."
                    + " Add " + model + " to @RunUnder's 'model' or change the expectation."));
        }
    }

    private void positive(List<String> problems, String annotation, String attribute, int value, String meaning) {
        if (value < 1) {
            problems.add(error(annotation, "must be declared with a positive '" + attribute + "', but was " + value
                    + ". Set '" + attribute + "' to " + meaning + "."));
        }
    }

    private String error(String annotation, String rest) {
        return "Configuration error: " + annotation + " on method [" + subject + "] " + rest;
    }
}
