package io.github.rununder.internal.fork;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
 * Lines are bounded: a longer one is passed on in pieces.
 * The channel is a separate socket, so nothing printed here can corrupt it.
 */
final class OutputPump implements Runnable {

    private static final int KEPT_LINES = 20;

    /** Longest line passed on in one piece: a worker printing without line breaks must not fill the test JVM's heap. */
    static final int MAX_LINE = 16 * 1024;

    private final InputStream source;
    private final Supplier<PrintStream> target;
    private final String label;
    private final String markPrefix;
    private long mark = -1;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final Thread thread;

    /**
     * @param target the stream to write to, looked up for every line: test harnesses replace
     *     {@code System.out} while a test runs, and the pump outlives any one test
     */
    OutputPump(InputStream source, Supplier<PrintStream> target, String label) {
        this(source, target, label, null);
    }

    /**
     * @param markPrefix how a line the worker prints to mark the end of a test's output starts
     *     ({@link OutputMarks}); such lines are not passed on
     */
    OutputPump(InputStream source, Supplier<PrintStream> target, String label, String markPrefix) {
        this.source = source;
        this.target = target;
        this.label = label;
        this.markPrefix = markPrefix;
        this.thread = new Thread(this, "rununder-pump " + label);
        thread.setDaemon(true);
    }

    OutputPump start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        try (Reader in = new InputStreamReader(source, Charset.defaultCharset())) {
            StringBuilder line = new StringBuilder();
            char[] chunk = new char[8192];
            boolean afterReturn = false;
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                for (int i = 0; i < read; i++) {
                    char c = chunk[i];
                    if (c == '\n' && afterReturn) {
                        afterReturn = false;
                        continue;
                    }
                    afterReturn = c == '\r';
                    if (c == '\n' || c == '\r') {
                        emit(line);
                    } else {
                        line.append(c);
                        if (line.length() == MAX_LINE) {
                            emit(line);
                        }
                    }
                }
            }
            if (line.length() > 0) {
                emit(line);
            }
        } catch (IOException ended) {
            // the worker is gone
        }
    }

    /** Passes one line on; a line longer than {@value #MAX_LINE} characters goes on in pieces of that length. */
    private void emit(StringBuilder line) {
        String text = line.toString();
        line.setLength(0);
        if (markPrefix != null && text.startsWith(markPrefix)) {
            marked(text.substring(markPrefix.length()));
            return;
        }
        synchronized (lastLines) {
            if (lastLines.size() == KEPT_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(text);
        }
        target.get().println(label + text);
    }

    private synchronized void marked(String number) {
        try {
            mark = Math.max(mark, Long.parseLong(number.trim()));
        } catch (NumberFormatException notOurs) {
            return;
        }
        notifyAll();
    }

    /** Waits until the worker's output up to mark {@code number} has been passed on, or until {@code deadline}. */
    synchronized void awaitMark(long number, long deadline) {
        try {
            while (mark < number && thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
