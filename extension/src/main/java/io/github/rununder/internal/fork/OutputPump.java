package io.github.rununder.internal.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Forwards a worker's standard output or error, line by line and labelled by worker, to the test
 * JVM's own stream (so it lands in the test's output), and keeps the last lines for crash reports.
 * The channel is a separate socket, so nothing printed here can corrupt it.
 */
final class OutputPump implements Runnable {

    private static final int KEPT_LINES = 20;

    private final InputStream source;
    private final Supplier<PrintStream> target;
    private final String label;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final Thread thread;

    /**
     * @param target the stream to write to, looked up for every line: test harnesses replace
     *     {@code System.out} while a test runs, and the pump outlives any one test
     */
    OutputPump(InputStream source, Supplier<PrintStream> target, String label) {
        this.source = source;
        this.target = target;
        this.label = label;
        this.thread = new Thread(this, "rununder-pump " + label);
        thread.setDaemon(true);
    }

    OutputPump start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(source, Charset.defaultCharset()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (lastLines) {
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(line);
                }
                target.get().println(label + line);
            }
        } catch (IOException ended) {
            // the worker is gone
        }
    }

    /** Waits a little for the rest of the output of a process that ended. */
    void drain(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> lastLines() {
        synchronized (lastLines) {
            return new ArrayList<>(lastLines);
        }
    }
}
