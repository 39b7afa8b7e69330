package io.github.rununder.bench;

import java.lang.reflect.Method;
import java.util.Arrays;

/** Runs one benchmark by simple class name, passing the remaining arguments on. */
public final class Benchmarks {

    private static final String[] PACKAGES = {"io.github.rununder.bench.", "io.github.rununder.bench.noise.",
        "io.github.rununder.internal.fork.", "io.github.rununder.internal.report.", "io.github.rununder.internal.stats."};

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        for (String prefix : PACKAGES) {
            try {
                Method main = Class.forName(prefix + args[0]).getMethod("main", String[].class);
                main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
                return;
            } catch (ClassNotFoundException tryNext) {
                // look in the next package
            }
        }
        throw new IllegalArgumentException("no benchmark named " + args[0]);
    }
}
