package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.stats.Explanation;

/**
 * Why one model of a method was slower than another, as the engine explained it: stored and read
 * back as it is, never explained again by the report.
 *
 * @param model the slower model
 * @param concurrency its concurrency; {@code 1} for {@code SEQUENTIAL}
 * @param than the model it was compared with
 * @param thanConcurrency that model's concurrency
 * @param cause the part of the time budget that accounts for most of the extra time
 * @param share the fraction of the extra time it accounts for, 0 to 1
 * @param site where it was spent, such as {@code Ledger.post ← LedgerTest.post:41}; empty where unknown
 * @param text the explanation in one sentence, as the verdict node says it
 */
public record ExplanationRecord(Model model, int concurrency, Model than, int thanConcurrency, TimePart cause,
        double share, String site, String text) {

    public ExplanationRecord {
        if (model == null || than == null || cause == null || text == null) {
            throw new IllegalArgumentException("an explanation needs both models, a cause and a text");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be within 0 and 1, but was " + share);
        }
        site = site == null ? "" : site;
    }

    /** The record of what the engine found. */
    public static ExplanationRecord of(Explanation explanation) {
        return new ExplanationRecord(explanation.model().model(), explanation.model().concurrency(),
                explanation.than().model(), explanation.than().concurrency(), explanation.cause(), explanation.share(),
                explanation.site(), explanation.text());
    }
}
