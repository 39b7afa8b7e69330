package io.github.rununder.internal.plan;

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
                return error("@ExpectFaster", "must be declared with a positive, finite 'atLeast', but was "
                        + factor.expectation().atLeast() + ". Use 1.0 for \"at least as fast\", 4.0 for \"four times as"
                        + " fast\".");
            }
            if (problem instanceof Problem.Limit limit) {
                return error("@RunUnder", limit.rule());
            }
            Problem.OnlyModel only = (Problem.OnlyModel) problem;
            return error("@ExpectFastest", "names " + only.expectation().model() + " in 'value', but it is the only model"
                    + " in @RunUnder's 'model'. Add the models it should beat.");
        }

        private static String annotation(Expectation expectation) {
            return expectation instanceof Expectation.Faster ? "@ExpectFaster" : "@ExpectFastest";
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
                return call(factor.expectation()) + ": the factor must be positive and finite, such as 1.0 (at least as"
                        + " fast) or 4.0 (four times as fast)";
            }
            if (problem instanceof Problem.Limit limit) {
                return "Compare " + limit.rule().replace("'concurrency'", "concurrency(...)").replace("'tasks'", "tasks(...)")
                        .replace("'jvmArgs'", "jvmArgs(...)");
            }
            Problem.OnlyModel only = (Problem.OnlyModel) problem;
            return call(only.expectation()) + ": " + only.expectation().model()
                    + " is the only model compared; add the models it should beat with model(...)";
        }

        /** {@code expectFaster(THREADS, SEQUENTIAL, 2.0)}. */
        public static String call(Expectation expectation) {
            if (expectation instanceof Expectation.Faster faster) {
                return "expectFaster(" + faster.model() + ", " + faster.than() + ", " + faster.atLeast() + ")";
            }
            return "expectFastest(" + expectation.models().get(0) + ")";
        }
    }
}
