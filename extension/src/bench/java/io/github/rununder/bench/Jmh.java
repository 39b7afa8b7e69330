package io.github.rununder.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the JMH benchmarks whose class names match the argument (a regular expression). */
public final class Jmh {

    private Jmh() {}

    public static void main(String[] args) throws Exception {
        for (RunResult result : new Runner(new OptionsBuilder().include(args[0]).build()).run()) {
            System.out.printf("| %s | %.2f ± %.2f %s |%n", result.getParams().getBenchmark(),
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                    result.getPrimaryResult().getScoreUnit());
        }
    }
}
