package io.github.rununder.internal.measure;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How much a JVM has compiled and loaded so far: the JIT compiler's accumulated time and the
 * classes loaded since start. Two readings around a round tell whether the code was still warming
 * up during it. Either figure is {@code -1} where the JVM does not tell.
 *
 * @param compileMillis milliseconds the JIT compiler threads have spent compiling, in all
 * @param loadedClasses classes loaded since the JVM started
 */
public record JitActivity(long compileMillis, long loadedClasses) {

    /** Nothing known. */
    public static final JitActivity UNKNOWN = new JitActivity(-1, -1);

    /** The figures of the JVM this runs in. */
    public static JitActivity ofThisJvm() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long compile = compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : -1;
        return new JitActivity(compile, classes.getTotalLoadedClassCount());
    }

    /** What happened between {@code earlier} and this reading; unknown parts stay {@code -1}. */
    public JitActivity since(JitActivity earlier) {
        return new JitActivity(difference(compileMillis, earlier.compileMillis),
                difference(loadedClasses, earlier.loadedClasses));
    }

    /** Adds the activity of another JVM, as for several workers; unknown parts stay {@code -1}. */
    public JitActivity plus(JitActivity other) {
        return new JitActivity(compileMillis < 0 || other.compileMillis < 0 ? -1 : compileMillis + other.compileMillis,
                loadedClasses < 0 || other.loadedClasses < 0 ? -1 : loadedClasses + other.loadedClasses);
    }

    private static long difference(long later, long earlier) {
        return later < 0 || earlier < 0 ? -1 : Math.max(0, later - earlier);
    }
}
