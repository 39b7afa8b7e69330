package io.github.rununder.samples;

/** Facts about the machine that decide which claims can hold on it. */
final class Machine {

    private Machine() {}

    /**
     * Whether two tasks can compute at once, for {@code @EnabledIf} on CPU-bound claims. Whether
     * the two cores were free while the models ran is the verdict's business: it leaves unchecked a
     * claim that a busy machine could have decided, saying how long the threads waited for a core.
     */
    static boolean hasTwoCores() {
        return Runtime.getRuntime().availableProcessors() >= 2;
    }
}
