/**
 * RunUnder: runs a JUnit test workload under several concurrency models — sequential, a platform
 * thread pool, virtual threads, forked worker JVMs, async — measures each, and turns the
 * measurements into timing assertions and a build-time report.
 *
 * <p>Users write against {@code io.github.rununder} (the annotations, {@code Compare},
 * {@code Comparison}) and {@code io.github.rununder.assertj} (AssertJ assertions, for which AssertJ
 * must be on the path: it is an optional dependency). Everything under
 * {@code io.github.rununder.internal} is the implementation and is not exported.
 */
module io.github.rununder {
    exports io.github.rununder;
    exports io.github.rununder.assertj;

    // The annotations carry JUnit's: a user's test reads them as its own.
    requires transitive org.junit.jupiter.api;
    // Worker JVMs run the test through a Launcher; the report is a TestExecutionListener.
    requires org.junit.platform.launcher;
    // Per-task latencies. HdrHistogram has no module name of its own: this is the name derived from its jar.
    requires HdrHistogram;
    requires static org.assertj.core;
    // Process CPU time (com.sun.management) and the JIT compiler's and class loading's activity.
    requires java.management;
    requires jdk.management;
    // The flight recorder: where the ASYNC event loop blocks.
    requires jdk.jfr;

    // JUnit instantiates the extension that @RunUnder registers.
    opens io.github.rununder.internal.junit to org.junit.platform.commons;

    provides org.junit.platform.launcher.TestExecutionListener
            with io.github.rununder.internal.report.RunUnderReportListener;
}
