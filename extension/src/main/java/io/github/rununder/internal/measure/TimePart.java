package io.github.rununder.internal.measure;

/**
 * The parts of a model's time budget: where the tasks' threads spent the time between a task's
 * start and its end. Their names are the {@code cause} values of {@code report.json}.
 */
public enum TimePart {
    /** Running on a core. */
    CPU("on CPU"),
    /** Ready to run but waiting for a core. */
    QUEUED("queued for a core"),
    /** Waiting to enter a monitor ({@code synchronized}) or in {@code Object.wait}. */
    MONITOR("waiting on a monitor"),
    /** Parked: locks of {@code java.util.concurrent}, futures, queues. */
    PARK("parked"),
    /** In {@code Thread.sleep}. */
    SLEEP("sleeping"),
    /** In socket or file reads and writes. */
    IO("in socket and file IO"),
    /** Stopped by garbage-collection pauses. */
    GC("stopped by GC pauses"),
    /** Stopped at safepoints other than the collector's. */
    SAFEPOINT("stopped at safepoints"),
    /** Starting worker JVMs. */
    STARTUP("starting workers"),
    /** None of the above: what the recording could not place. */
    OTHER("elsewhere");

    private final String words;

    TimePart(String words) {
        this.words = words;
    }

    /** The part for people: {@code waiting on a monitor}. */
    public String words() {
        return words;
    }
}
