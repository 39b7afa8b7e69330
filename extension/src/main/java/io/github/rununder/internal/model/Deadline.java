package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.plan.TimeLimit;

/** The moment a model run must have finished by, started when the run starts. */
public final class Deadline {

    private final TimeLimit limit;
    private final long startNanos;
    private final long limitNanos;

    private Deadline(TimeLimit limit, long startNanos) {
        this.limit = limit;
        this.startNanos = startNanos;
        this.limitNanos = saturatedNanos(limit);
    }

    /** A limit too long for a {@code long} of nanoseconds (JUnit's {@code @Timeout} allows it) means no limit. */
    private static long saturatedNanos(TimeLimit limit) {
        try {
            return limit.effective().toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** A deadline {@code limit} from now. */
    public static Deadline start(TimeLimit limit) {
        return new Deadline(limit, System.nanoTime());
    }

    /** Nanoseconds left, {@code 0} or less once expired. */
    public long remainingNanos() {
        // Elapsed time first: the difference of two nanoTime readings never overflows, a start plus a huge limit may.
        return limitNanos - (System.nanoTime() - startNanos);
    }

    /**
     * The exception for a run of {@code model} that did not finish in time.
     *
     * @param detail what was still running and what was done about it
     */
    public ModelTimedOut expired(Model model, String detail) {
        return new ModelTimedOut(model, model + " timed out (limit " + Durations.format(limit.duration().toNanos())
                + " from " + limit.source() + "): " + detail);
    }

    /** The exception for a run of {@code model} whose driving thread was interrupted. */
    public ModelTimedOut interrupted(Model model, String detail) {
        return new ModelTimedOut(model, model + " was interrupted after "
                + Durations.format(System.nanoTime() - startNanos) + " (limit "
                + Durations.format(limit.duration().toNanos()) + " from " + limit.source() + "): " + detail);
    }
}
