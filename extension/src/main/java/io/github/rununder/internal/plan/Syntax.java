package io.github.rununder.internal.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a problem is worded for the way the comparison was declared: annotations get JUnit's
 * {@code Configuration error:} sentence naming the annotation, the method and the attribute;
 * {@code Compare} gets the call that was wrong, as its {@code IllegalArgumentException} says it.
 * Both name the same rule and the same fix.
 */
public interface Syntax {

    /** The problem as one sentence. */
    String message(Problem problem);

    /** Problems of {@code @RunUnder} and its expectations on the method called {@code subject}. */
    static Syntax annotations(String subject) {
        return new Annotations(subject);
    }

    /** Problems of {@code Compare}'s calls. */
    static Syntax calls() {
        return new Calls();
    }

    /** {@code Configuration error: @RunUnder on method [NapTest.nap(TaskInfo)] must be declared with ...}. */
    final class Annotations implements Syntax {

        private final String subject;

        private Annotations(String subject) {
            this.subject = subject;
        }

        @Override
        public String message(Problem problem) {
            if (problem instanceof Problem.BelowMinimum below) {
                return below.minimum() == 0
                        ? error("@RunUnder", "must be declared with a '" + below.attribute() + "' of 0 or more, but was "
                                + below.value() + ". Set '" + below.attribute() + "' to " + below.meaning()
                                + ", or leave it out for the default.")
                        : error("@RunUnder", "must be declared with a positive '" + below.attribute() + "', but was "
                                + below.value() + ". Set '" + below.attribute() + "' to " + below.meaning() + ".");
            }
            if (problem instanceof Problem.NoModels) {
                return error("@RunUnder", "must be declared with at least one model in 'model', but it is empty."
                        + " List the models to compare, or leave 'model' out to run all five.");
            }
            if (problem instanceof Problem.RepeatedModel repeated) {
                return error("@RunUnder", "lists " + repeated.model() + " more than once in 'model'. List each model once.");
            }
            if (problem instanceof Problem.ModelNotCompared missing) {
                return error(annotation(missing.expectation()), "names " + missing.model() + " in '" + missing.attribute()
                        + "', but @RunUnder's 'model' does not list it. Add " + missing.model()
                        + " to @RunUnder's 'model' or change the expectation.");
            }
            if (problem instanceof Problem.SelfComparison self) {
                return error("@ExpectFaster", "compares " + self.expectation().model() + " with itself ('model' and"
                        + " 'than'). Name two different models.");
            }
            if (problem instanceof Problem.BadFactor factor) {
                return factor.expectation() instanceof Expectation.Scaling
                        ? error("@ExpectScaling", "must be declared with a positive, finite 'atLeast', but was "
                                + factor.atLeast() + ". Use 1.0 for \"at least the same throughput\", 4.0 for \"four"
                                + " times the throughput\".")
                        : error("@ExpectFaster", "must be declared with a positive, finite 'atLeast', but was "
                                + factor.atLeast() + ". Use 1.0 for \"at least as fast\", 4.0 for \"four times as"
                                + " fast\".");
            }
            if (problem instanceof Problem.Limit limit) {
                return error("@RunUnder", limit.rule());
            }
            if (problem instanceof Problem.OnlyModel only) {
                return error("@ExpectFastest", "names " + only.expectation().model() + " in 'value', but it is the only"
                        + " model in @RunUnder's 'model'. Add the models it should beat.");
            }
            return levels(problem);
        }

        /** The problems of a sweep and of the claims about it. */
        private String levels(Problem problem) {
            if (problem instanceof Problem.NoLevels) {
                return error("@RunUnder", "must be declared with at least one value in 'concurrency', but it is empty."
                        + " Give the concurrency to run at (concurrency = 8) or the levels of a sweep (concurrency ="
                        + " {1, 2, 4, 8}), or leave it out for the default.");
            }
            if (problem instanceof Problem.RepeatedLevel repeated) {
                return error("@RunUnder", "lists " + repeated.level() + " more than once in 'concurrency' "
                        + braces(repeated.levels()) + ". List each concurrency once.");
            }
            if (problem instanceof Problem.LevelBelowMinimum below) {
                return error("@RunUnder", "must be declared with positive levels in 'concurrency', but "
                        + braces(below.levels()) + " lists " + below.level() + ". Set each level to the number of"
                        + " threads, worker processes or in-flight tasks.");
            }
            if (problem instanceof Problem.SequentialScaling) {
                return error("@ExpectScaling", "names SEQUENTIAL in 'model', but SEQUENTIAL runs one task at a time, at"
                        + " concurrency 1 only. Name a model that runs at every level of 'concurrency': THREADS,"
                        + " VIRTUAL_THREADS, PROCESSES or ASYNC.");
            }
            if (problem instanceof Problem.LevelNotSwept missing) {
                return error("@ExpectScaling", "names " + missing.level() + " in '" + missing.attribute() + "', but"
                        + " @RunUnder's 'concurrency' " + braces(missing.levels()) + " does not list it. Add "
                        + missing.level() + " to 'concurrency' or change the expectation.");
            }
            Expectation.Scaling order = ((Problem.LevelsOutOfOrder) problem).expectation();
            return error("@ExpectScaling", "must be declared with 'from' below 'to', but from = " + order.from()
                    + " and to = " + order.to() + ". 'to' is the higher concurrency, expected to give at least"
                    + " 'atLeast' times the throughput at 'from'.");
        }

        private static String annotation(Expectation expectation) {
            if (expectation instanceof Expectation.Scaling) {
                return "@ExpectScaling";
            }
            return expectation instanceof Expectation.Faster ? "@ExpectFaster" : "@ExpectFastest";
        }

        /** {@code {1, 2, 4}}, as the annotation lists them. */
        private static String braces(List<Integer> levels) {
            return levels.size() == 1 ? levels.get(0).toString()
                    : levels.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
        }

        private String error(String annotation, String rest) {
            return "Configuration error: " + annotation + " on method [" + subject + "] " + rest;
        }
    }

    /** {@code tasks(0): the number of task invocations per round must be at least 1}. */
    final class Calls implements Syntax {

        private Calls() {}

        @Override
        public String message(Problem problem) {
            if (problem instanceof Problem.BelowMinimum below) {
                return below.attribute() + "(" + below.value() + "): " + below.meaning() + " must be "
                        + (below.minimum() == 0 ? "0 or more" : "at least " + below.minimum());
            }
            if (problem instanceof Problem.NoModels) {
                return "model(): name at least one model to compare";
            }
            if (problem instanceof Problem.RepeatedModel repeated) {
                return "model(" + repeated.models().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "): " + repeated.model() + " is listed twice; list each model once";
            }
            if (problem instanceof Problem.ModelNotCompared missing) {
                return call(missing.expectation()) + " names " + missing.model() + ", which is not among the models "
                        + missing.models() + ". Add it with model(...) or change the claim.";
            }
            if (problem instanceof Problem.SelfComparison self) {
                return call(self.expectation()) + ": compares " + self.expectation().model()
                        + " with itself; name two different models";
            }
            if (problem instanceof Problem.BadFactor factor) {
                return call(factor.expectation()) + (factor.expectation() instanceof Expectation.Scaling
                        ? ": the factor must be positive and finite, such as 1.0 (at least the same throughput) or 4.0"
                                + " (four times the throughput)"
                        : ": the factor must be positive and finite, such as 1.0 (at least as fast) or 4.0 (four times"
                                + " as fast)");
            }
            if (problem instanceof Problem.Limit limit) {
                return "Compare " + limit.rule().replace("'concurrency'", "concurrency(...)").replace("'tasks'", "tasks(...)")
                        .replace("'jvmArgs'", "jvmArgs(...)");
            }
            if (problem instanceof Problem.OnlyModel only) {
                return call(only.expectation()) + ": " + only.expectation().model()
                        + " is the only model compared; add the models it should beat with model(...)";
            }
            return levels(problem);
        }

        /** The problems of a sweep and of the claims about it. */
        private static String levels(Problem problem) {
            if (problem instanceof Problem.NoLevels) {
                return "concurrency(): name at least one concurrency, such as concurrency(8), or the levels of a sweep,"
                        + " such as concurrency(1, 2, 4, 8)";
            }
            if (problem instanceof Problem.RepeatedLevel repeated) {
                return "concurrency(" + list(repeated.levels()) + "): " + repeated.level() + " is listed twice; list"
                        + " each concurrency once";
            }
            if (problem instanceof Problem.LevelBelowMinimum below) {
                return "concurrency(" + list(below.levels()) + "): each level, the number of threads, worker processes"
                        + " or in-flight tasks, must be at least 1, but " + below.level() + " is not";
            }
            if (problem instanceof Problem.SequentialScaling scaling) {
                return call(scaling.expectation()) + ": SEQUENTIAL runs one task at a time, at concurrency 1 only; name"
                        + " THREADS, VIRTUAL_THREADS, PROCESSES or ASYNC";
            }
            if (problem instanceof Problem.LevelNotSwept missing) {
                return call(missing.expectation()) + " names concurrency " + missing.level() + ", which is not among the"
                        + " concurrencies " + missing.levels() + ". Add it with concurrency(...) or change the claim.";
            }
            Expectation.Scaling order = ((Problem.LevelsOutOfOrder) problem).expectation();
            return call(order) + ": 'from' must be below 'to'; 'to' is the higher concurrency, expected to give at"
                    + " least 'atLeast' times the throughput at 'from'";
        }

        private static String list(List<Integer> levels) {
            return levels.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }

        /** {@code expectFaster(THREADS, SEQUENTIAL, 2.0)}. */
        public static String call(Expectation expectation) {
            if (expectation instanceof Expectation.Faster faster) {
                return "expectFaster(" + faster.model() + ", " + faster.than() + ", " + faster.atLeast() + ")";
            }
            if (expectation instanceof Expectation.Scaling scaling) {
                return "expectScaling(" + scaling.model() + ", " + scaling.from() + ", " + scaling.to() + ", "
                        + scaling.atLeast() + ")";
            }
            return "expectFastest(" + expectation.models().get(0) + ")";
        }
    }
}
