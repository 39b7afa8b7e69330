package io.github.rununder.internal.plan;

import java.util.List;

/** A comparison that cannot run as declared; the message lists every problem, one per line. */
public final class InvalidPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidPlanException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as a full sentence. */
    public List<String> problems() {
        return problems;
    }
}
