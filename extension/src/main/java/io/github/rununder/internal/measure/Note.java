package io.github.rununder.internal.measure;

/**
 * A fact about how a model ran a workload, for the node and the report: how long it warmed up,
 * whether {@code ASYNC} offloaded blocking tasks. Typed, like {@link Warning}.
 *
 * @param kind what the fact is about
 * @param text one sentence for people
 */
public record Note(Kind kind, String text) {

    /** The kinds of note. */
    public enum Kind {
        /** How many warm-up rounds ran, and why warming up stopped. */
        WARMUP,
        /** How the model carried the tasks, such as an executor for blocking {@code ASYNC} tasks. */
        CARRIERS
    }

    public Note {
        if (kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs a kind and a text");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
