package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import java.util.List;

/**
 * The failures of {@code bestConcurrency()} and {@code peakConcurrency()} on a model that was not
 * swept far enough to have one:
 * {@code Expecting THREADS of Compare.workload(Nap) to have a best concurrency, but it ran at one concurrency only, 4; ...}.
 */
final class ShouldBeSwept {

    private ShouldBeSwept() {}

    /** A best concurrency needs two levels or more. */
    static String shouldHaveBestConcurrency(Comparison comparison, Model model) {
        return expecting(comparison, model, "a best concurrency") + notRunOr(comparison, model,
                "it ran at one concurrency only, " + comparison.concurrency().get(0) + "; sweep it over two levels or"
                        + " more, such as concurrency(1, 2, 4, 8)");
    }

    /** A peak needs the law, fitted to three levels or more. */
    static String shouldHavePeakConcurrency(Comparison comparison, Model model) {
        List<Integer> levels = comparison.concurrency();
        String ran = levels.size() == 1 ? "it ran at one concurrency only, " + levels.get(0)
                : "it ran at " + levels.size() + " concurrencies only, " + levels;
        return expecting(comparison, model, "a peak concurrency") + notRunOr(comparison, model, ran
                + ", and the Universal Scalability Law needs three or more to tell contention from coherency; sweep"
                + " it over three levels or more, such as concurrency(1, 2, 4, 8)");
    }

    private static String expecting(Comparison comparison, Model model, String what) {
        return "Expecting " + model + " of " + comparison.subject() + " to have " + what + ", but ";
    }

    private static String notRunOr(Comparison comparison, Model model, String why) {
        String skipped = comparison.skippedModels().get(model);
        return skipped != null ? "it did not run: " + skipped : why;
    }
}
