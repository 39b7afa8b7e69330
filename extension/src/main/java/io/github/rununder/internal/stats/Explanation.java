package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.TimePart;

/**
 * Why {@code model} was slower than a claim wanted against {@code than}: the part of the time
 * budget that accounts for most of the difference, and where it was spent.
 *
 * @param model the model the claim is about (the slower one)
 * @param than the model it was compared with
 * @param cause the part that accounts for most of the extra time
 * @param share the fraction of the extra time it accounts for, 0 to 1
 * @param site where it was spent, such as {@code Ledger.post ← LedgerTest.post:41}; empty where unknown
 * @param text one sentence for people, such as {@code THREADS was 0.9× SEQUENTIAL: 71% of its extra
 *     time is waiting to enter the monitor of com.example.Ledger (Ledger.post ← LedgerTest.post:41)}
 */
public record Explanation(Arm model, Arm than, TimePart cause, double share, String site, String text) {

    public Explanation {
        if (model == null || than == null || cause == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("an explanation needs both models, a cause and a text");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be within 0 and 1, but was " + share);
        }
        site = site == null ? "" : site;
    }
}
