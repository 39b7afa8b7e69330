package io.github.rununder.internal.report;

import java.time.Instant;
import java.util.List;

/**
 * A whole report: every {@code @RunUnder} method of the run, from every test JVM that took part,
 * analysed. Also the content of one part, which holds the methods of one JVM.
 *
 * @param generated when it was made
 * @param session the build the parts belong to (see {@link BuildSession})
 * @param environment the JVM that made it
 * @param tests the methods, sorted by class and method
 * @param warnings problems with the report itself: unreadable parts, mixed JVMs
 * @param baselineSource the baseline report compared with, or {@code null}
 * @param parts how many parts were merged into it
 */
public record Report(Instant generated, String session, Environment environment, List<TestAnalysis> tests,
        List<String> warnings, String baselineSource, int parts) {

    public Report {
        tests = List.copyOf(tests);
        warnings = List.copyOf(warnings);
    }

    public long failed() {
        return tests.stream().filter(t -> t.test().status() == Status.FAILED).count();
    }
}
