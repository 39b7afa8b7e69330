package io.github.rununder.samples;

/** Facts about the machine that decide which claims can hold on it. */
final class Machine {

    private Machine() {}

    /** Whether two tasks can compute at once: used by {@code @EnabledIf} on the CPU-bound claims. */
    static boolean hasTwoCores() {
        return Runtime.getRuntime().availableProcessors() >= 2;
    }
}
