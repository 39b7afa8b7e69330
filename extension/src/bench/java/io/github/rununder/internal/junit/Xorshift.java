package io.github.rununder.internal.junit;

/**
 * Arithmetic that the JIT can neither remove nor fold: xorshift steps, each depending on the
 * last. (A linear congruential step was folded by JDK 25's C2, which combines consecutive
 * multiply-adds by constants: 900 steps took 70 ns there and 1 µs on JDK 17.)
 */
final class Xorshift {

    private Xorshift() {}

    /** {@code steps} xorshift steps from {@code seed}, which must not be zero. */
    static long steps(long seed, int steps) {
        long x = seed;
        for (int i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
