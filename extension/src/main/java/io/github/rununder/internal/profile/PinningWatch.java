package io.github.rununder.internal.profile;

import io.github.rununder.internal.measure.PinnedPark;
import java.util.List;
import java.util.Optional;

/**
 * Watches for virtual threads pinned to their carriers while they park, with the flight
 * recorder's {@code jdk.VirtualThreadPinned} event only: it costs nothing while nothing pins, so it
 * runs through every {@code VIRTUAL_THREADS} run. This class keeps any reference to {@code jdk.jfr}
 * out of JVMs that lack the module.
 */
public abstract class PinningWatch implements AutoCloseable {

    /**
     * Starts watching, where this JVM has virtual threads and a flight recorder that starts; else
     * empty: a watch that cannot run never fails the model's run.
     */
    public static Optional<PinningWatch> start() {
        if (Runtime.version().feature() < 21 || !TaskRecording.available()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FlightPinningWatch());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Stops watching and returns the pinned parks of tasks it saw, largest first. */
    public abstract List<PinnedPark> stop();

    /** Stops watching without reading what it saw, if it is still on. */
    @Override
    public abstract void close();
}
