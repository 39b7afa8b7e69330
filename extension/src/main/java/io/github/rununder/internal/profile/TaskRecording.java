package io.github.rununder.internal.profile;

import io.github.rununder.internal.measure.Activity;

/**
 * A flight recording of what the tasks' threads of this JVM do, from {@link #start()} to
 * {@link #stop()}. Only events on threads running a task count (their stacks pass through the
 * frame that invokes the user's task), so the pool's idle threads and RunUnder's own are left out.
 * This class keeps any reference to {@code jdk.jfr} out of JVMs that lack the module.
 */
public abstract class TaskRecording implements AutoCloseable {

    /** Whether this JVM can record: it has the {@code jdk.jfr} module. */
    public static boolean available() {
        return ModuleLayer.boot().findModule("jdk.jfr").isPresent();
    }

    /**
     * Starts recording.
     *
     * @throws IllegalStateException when this JVM cannot record, or its recorder does not start
     */
    public static TaskRecording start() {
        if (!available()) {
            throw new IllegalStateException("this JVM has no jdk.jfr module");
        }
        return new FlightTaskRecording();
    }

    /**
     * Stops recording and returns what it saw: zeros where it saw nothing, and the wall time it
     * recorded. The recording is closed afterwards, whatever happens.
     *
     * @throws IllegalStateException when it was stopped or closed already
     * @throws java.io.UncheckedIOException when the recording cannot be read
     */
    public abstract Activity stop();

    /** Stops recording without reading it, if it is still on. */
    @Override
    public abstract void close();
}
