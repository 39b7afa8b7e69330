package io.github.rununder.internal.report;

/**
 * The JVM and machine a report was made on.
 *
 * @param javaVersion {@code Runtime.version()}, for example {@code 17.0.15+6}
 * @param javaVendor {@code java.vendor}
 * @param vmName {@code java.vm.name}
 * @param osName {@code os.name}
 * @param osVersion {@code os.version}
 * @param osArch {@code os.arch}
 * @param cores processors available to the JVM
 * @param maxHeapBytes the JVM's maximum heap
 */
public record Environment(String javaVersion, String javaVendor, String vmName, String osName, String osVersion,
        String osArch, int cores, long maxHeapBytes) {

    public static Environment current() {
        return new Environment(Runtime.version().toString(), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }

    /** {@code Java 17.0.15+6 (Eclipse Adoptium) · Linux 6.1 amd64 · 2 cores}. */
    public String describe() {
        return "Java " + javaVersion + " (" + javaVendor + ") · " + osName + " " + osVersion + " " + osArch + " · " + cores
                + (cores == 1 ? " core" : " cores");
    }
}
