package io.github.rununder.internal.report;

import io.github.rununder.internal.engine.ExperimentResult;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How a {@code @RunUnder} method's result reaches the report listener of the same JVM. The
 * extension and the listener are separate objects that JUnit creates, and JUnit offers no channel
 * between them but report entries, which IDEs and the Console Launcher print for people: so the
 * extension leaves its result here under the method's unique id, and the listener takes it when
 * the method finishes. One map per class loader, the one place RunUnder keeps state beyond a test
 * run's stores; the extension withdraws what no listener took when its engine's run ends, so
 * nothing stays behind.
 */
public final class Handoff {

    /** What a method leaves for the listener. */
    public record Offer(Supplier<ExperimentResult> result, String verdictMode) {}

    private static final Map<String, Offer> OFFERS = new ConcurrentHashMap<>();

    private Handoff() {}

    /**
     * Leaves the result of the method with {@code uniqueId}, read when the method finishes.
     *
     * @param result what the method's comparison found so far, asked once when the method finishes
     * @param verdictMode the {@code rununder.verdicts} mode it ran in
     */
    public static void offer(String uniqueId, Supplier<ExperimentResult> result, String verdictMode) {
        OFFERS.put(uniqueId, new Offer(result, verdictMode));
    }

    /** Removes what no listener took. */
    public static void withdraw(String uniqueId) {
        OFFERS.remove(uniqueId);
    }

    /** Whether the method with {@code uniqueId} left something. */
    static boolean offered(String uniqueId) {
        return OFFERS.containsKey(uniqueId);
    }

    /** Takes what the method with {@code uniqueId} left, if anything. */
    static Optional<Offer> take(String uniqueId) {
        return Optional.ofNullable(OFFERS.remove(uniqueId));
    }
}
