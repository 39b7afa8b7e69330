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
     * @throws IllegalStateException when this JVM cannot record
     */
    public static TaskRecording start() {
        if (!available()) {
            throw new IllegalStateException("this JVM has no jdk.jfr module");
        }
        throw new UnsupportedOperationException("not yet built");
    }

    /** Stops recording and returns what it saw; {@link Activity#none()} when it saw nothing. */
    public abstract Activity stop();

    /** Stops recording without reading it, if it is still on. */
    @Override
    public abstract void close();
}
