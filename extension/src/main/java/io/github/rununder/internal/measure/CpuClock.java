package io.github.rununder.internal.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The CPU time this JVM has used, all threads together.
 *
 * <p>Read once per round, never per task: on Linux the value advances in clock ticks (10 ms) and
 * a read costs about 2 µs, measured on the 2-core CI machine. CPU fractions are therefore taken over
 * all the rounds of a model together, where the tick error is small against the total.
 */
public final class CpuClock {

    private static final CpuClock PROCESS = new CpuClock(processCpuBean());

    private final com.sun.management.OperatingSystemMXBean bean;

    private CpuClock(com.sun.management.OperatingSystemMXBean bean) {
        this.bean = bean;
    }

    /** The clock of this process. */
    public static CpuClock process() {
        return PROCESS;
    }

    /** Process CPU time in nanoseconds, or {@code -1} where the JVM cannot tell. */
    public long nanos() {
        return bean == null ? -1 : bean.getProcessCpuTime();
    }

    private static com.sun.management.OperatingSystemMXBean processCpuBean() {
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean sun ? sun : null;
    }
}
