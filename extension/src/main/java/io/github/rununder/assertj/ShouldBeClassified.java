package io.github.rununder.assertj;

/**
 * The failure of {@code classification()} on a comparison that could not be classified:
 * {@code Expecting Compare.workload(Nap) to be classified, but no in-process model measured CPU time}.
 */
final class ShouldBeClassified {

    private ShouldBeClassified() {}

    static String shouldBeClassified(String subject) {
        return "Expecting " + subject + " to be classified, but no in-process model measured CPU time";
    }
}
