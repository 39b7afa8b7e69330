package io.github.rununder.internal.blocking;

import io.github.rununder.internal.measure.BlockingSite;
import java.util.List;

/**
 * Records where the event loop blocks. The only implementation uses the JDK Flight Recorder; this
 * class keeps any reference to {@code jdk.jfr} out of JVMs that lack the module.
 */
abstract class BlockingRecorder implements AutoCloseable {

    /** What the recording found: the sites, or why there are none. */
    record Sites(List<BlockingSite> sites, String whyEmpty) {}

    /** Starts recording blocking events of {@code loop}, whose tasks run above frames of {@code loopFrameClass}. */
    static BlockingRecorder start(Thread loop, String loopFrameClass) {
        if (ModuleLayer.boot().findModule("jdk.jfr").isEmpty()) {
            throw new IllegalStateException("this JVM has no jdk.jfr module");
        }
        return new FlightRecorderBlocking(loop, loopFrameClass);
    }

    /** Marks the start of a task's synchronous part on the loop thread. */
    abstract void taskEntering(int index, boolean measured);

    /** Marks its end. */
    abstract void taskLeft();

    /** Waits for the recording to catch up, stops it, and returns the sites of measured tasks. */
    abstract Sites finish();

    @Override
    public abstract void close();
}
