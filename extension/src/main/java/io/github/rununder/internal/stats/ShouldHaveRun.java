package io.github.rununder.internal.stats;

import io.github.rununder.Model;

/**
 * The failure of a claim about a model that has no measurements:
 * {@code Expected VIRTUAL_THREADS to be at least 2.0× faster than SEQUENTIAL, but VIRTUAL_THREADS did not run: VIRTUAL_THREADS needs Java 21 or newer}.
 */
public final class ShouldHaveRun {

    private ShouldHaveRun() {}

    /**
     * @param expected the claim as the message opens it, such as {@code Expected A to be the fastest model}
     * @param reason why it did not run
     */
    public static String shouldHaveRun(String expected, Model missing, String reason) {
        return expected + ", but " + missing + " did not run: " + reason;
    }
}
