package io.github.rununder.internal.profile;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import jdk.jfr.FlightRecorder;

/**
 * Deepens the flight recorder's stack traces before it first starts in this JVM. It keeps 64
 * frames by default, counted from the top, and a task's stack is told by a frame at its bottom:
 * code a few dozen calls deep (an SQL engine under a JUnit test) would hide it. The depth can
 * only change before the recorder starts (JDK 25 ignores it later), so a JVM whose recorder
 * already runs, or whose command line chose a depth, keeps its own.
 */
public final class StackDepth {

    /** Frames kept per stack trace: deep enough for a task's frames under deep library code. */
    static final int FRAMES = 256;

    private StackDepth() {}

    /** Asks for {@value #FRAMES} frames where that is still possible; the default serves otherwise. */
    public static void deepen() {
        if (FlightRecorder.isInitialized() || chosenOnCommandLine()) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "jfrConfigure",
                    new Object[] {new String[] {"stackdepth=" + FRAMES}}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException cannot) {
            // No diagnostic commands in this JVM: stacks keep the default depth, and a task's stack
            // cut short still counts when its thread was seen running a task (ActivityTally.ofThread).
        }
    }

    private static boolean chosenOnCommandLine() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.contains("FlightRecorderOptions") && argument.contains("stackdepth"));
    }
}
