package io.github.rununder.internal.fork;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * In a worker: a line printed to its standard output and error after a test's last output, before
 * the worker says the test is over, so that the test JVM can wait until everything the test printed
 * has been passed on before it ends the node (output and channel are separate streams, and without
 * this the last lines could arrive under the next node). The line carries the worker's secret
 * token, so nothing a test prints can pass for it; the test JVM does not pass it on.
 */
final class OutputMarks {

    private final String prefix;
    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private long count;

    OutputMarks(String token) {
        this.prefix = prefix(token);
    }

    /** How a mark line starts for the worker with {@code token}. */
    static String prefix(String token) {
        return "rununder-output-mark " + token + " ";
    }

    /** Flushes what the test printed and prints the next mark after it; returns its number. */
    long mark() {
        System.out.flush();
        System.err.flush();
        count++;
        out.println(prefix + count);
        err.println(prefix + count);
        return count;
    }

}
