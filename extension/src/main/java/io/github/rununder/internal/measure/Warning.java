package io.github.rununder.internal.measure;

/**
 * A reason to distrust a model's figures, for the node and the report. Typed, so that code asks
 * for a kind instead of finding a warning again by its words.
 *
 * @param kind what is wrong
 * @param text one sentence for people
 */
public record Warning(Kind kind, String text) {

    /** The kinds of warning. */
    public enum Kind {
        /** The rounds vary too much to trust one of them. */
        UNSTABLE,
        /** The rounds are too short to time reliably. */
        TOO_SHORT,
        /** A task blocked the {@code ASYNC} event loop. */
        LOOP_BLOCKED,
        /** The model's own rounds and its rounds interleaved with the others' disagree. */
        DRIFTED,
        /** Virtual threads were pinned to their carriers while they parked. */
        PINNED,
        /** A comparison that needed an explanation could not be recorded. */
        NOT_EXPLAINED
    }

    public Warning {
        if (kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a warning needs a kind and a text");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
