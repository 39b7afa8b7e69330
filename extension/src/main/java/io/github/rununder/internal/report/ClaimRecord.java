package io.github.rununder.internal.report;

import java.util.Map;

/**
 * One expectation of a {@code @RunUnder} method and what the verdict made of it.
 *
 * @param claim the claim in words: {@code THREADS at least 2.0× faster than SEQUENTIAL}
 * @param outcome {@code HOLDS}, {@code FAILS}, {@code UNDECIDED} or {@code NOT_CHECKED}
 * @param holds whether the claim was shown to hold; {@code false} for every other outcome
 * @param message what was expected and what was measured
 * @param details further members as the verdict published them (kind, models, factor, interval
 *     bounds, rounds...), kept as they came so that newer verdict engines add fields freely
 */
public record ClaimRecord(String claim, String outcome, boolean holds, String message, Map<String, Object> details) {

    public ClaimRecord {
        details = Map.copyOf(details);
    }

    /** A number from {@link #details()}, or {@code NaN}. */
    double number(String name) {
        return details.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A text from {@link #details()}, or {@code null}. */
    String text(String name) {
        return details.get(name) instanceof String s ? s : null;
    }
}
