package io.github.rununder.internal.fork;

import io.github.rununder.WorkerException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The test JVM's handle on one worker JVM, started by {@link WorkerStart}: its process, its
 * channel, its forwarded output. A reader thread delivers what the worker sends to whichever queue
 * the current session gave it, and the end of the channel, for whatever reason, as a last event
 * (at once, or as soon as a queue is given).
 */
final class Worker {

    /** How long a worker may take to exit after {@link Message.Shutdown}: its shutdown hooks run. */
    static final long EXIT_SECONDS = 10;

    /** How long a node's end waits for a worker's last output: output a test replaced the streams for never comes. */
    static final long OUTPUT_WAIT_MILLIS = 2_000;

    private final int id;
    private final ForkSpec spec;
    private final Process process;
    private final OutputStream stdin;
    private final Channel channel;
    private final OutputPump out;
    private final OutputPump err;
    private volatile BlockingQueue<WorkerEvent> route;
    private volatile boolean closed;
    private volatile boolean ended;
    private volatile String brokenProtocol;
    private WorkerEvent entry;

    Worker(int id, ForkSpec spec, Process process, Channel channel, OutputPump out, OutputPump err) {
        this.id = id;
        this.spec = spec;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.channel = channel;
        this.out = out;
        this.err = err;
    }

    void startReader() {
        Thread reader = new Thread(() -> {
            String problem = null;
            try {
                for (Message message = channel.receive(); message != null; message = channel.receive()) {
                    deliver(message);
                }
            } catch (CorruptFrameException e) {
                problem = e.getMessage();
            } catch (IOException e) {
                // the worker exited or was closed: its exit code will say more
            } catch (Throwable e) {
                problem = "reading its frames failed: " + e;
            } finally {
                end(problem);
            }
        }, "rununder-worker-" + id + "-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void deliver(Message message) {
        BlockingQueue<WorkerEvent> target = route;
        if (target != null) {
            target.add(new WorkerEvent(this, message));
        }
    }

    /** The channel ended: a corrupt frame breaks the worker for good, so it is destroyed at once. */
    private synchronized void end(String problem) {
        if (problem != null && !closed) {
            brokenProtocol = problem;
            process.destroyForcibly();
        }
        ended = true;
        if (route != null) {
            route.add(new WorkerEvent(this, null));
        }
    }

    /** Sends {@code enter} and keeps the worker's answer (or the end of its channel) for the session. */
    void enter(Message enter, long deadline) throws IOException, InterruptedException {
        java.util.concurrent.LinkedBlockingQueue<WorkerEvent> answer = new java.util.concurrent.LinkedBlockingQueue<>();
        routeTo(answer);
        send(enter);
        WorkerEvent event = answer.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (event == null) {
            throw new IOException("it did not enter the test in time");
        }
        routeTo(null);
        entry = event;
    }

    /** What the worker answered when it entered the test during its start, once; {@code null} otherwise. */
    WorkerEvent takeEntry() {
        WorkerEvent taken = entry;
        entry = null;
        return taken;
    }

    int id() {
        return id;
    }

    ForkSpec spec() {
        return spec;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return !closed && !ended && process.isAlive();
    }

    /** Sends the worker's messages to {@code queue} from now on; the end of its channel at once if it ended. */
    synchronized void routeTo(BlockingQueue<WorkerEvent> queue) {
        this.route = queue;
        if (ended && queue != null) {
            queue.add(new WorkerEvent(this, null));
        }
    }

    /**
     * Waits, at most {@value #OUTPUT_WAIT_MILLIS} ms, until the worker's output up to {@code mark}
     * (see {@link OutputMarks}) has been passed on; a mark below {@code 0} means there is none.
     */
    void awaitOutput(long mark) {
        if (mark < 0) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OUTPUT_WAIT_MILLIS);
        out.awaitMark(mark, deadline);
        err.awaitMark(mark, deadline);
    }

    void send(Message message) throws IOException {
        channel.send(message);
    }

    /** Asks the worker to exit, running its shutdown hooks; {@link #awaitExit()} makes sure it did. */
    void requestShutdown() {
        closed = true;
        try {
            channel.send(new Message.Shutdown());
            stdin.close();
        } catch (IOException alreadyGone) {
            // then it is exiting anyway
        }
    }

    /** Waits for the exit {@link #requestShutdown()} asked for, destroying the worker if it does not come. */
    void awaitExit(long deadline) {
        try {
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                destroy(process);
            }
        } catch (InterruptedException e) {
            destroy(process);
            Thread.currentThread().interrupt();
        }
        channel.close();
    }

    /** Asks the worker to exit and waits for it. */
    void shutdown() {
        requestShutdown();
        awaitExit(System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_SECONDS));
    }

    /** Stops the worker and everything it started: politely, then forcibly. */
    void destroy() {
        closed = true;
        destroy(process);
        channel.close();
    }

    static void destroy(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Why the worker went away, for a node's failure: a broken protocol, or its exit code and last
     * lines of output.
     */
    WorkerException exited(String when) {
        if (brokenProtocol != null) {
            return new WorkerException("PROCESSES: worker " + id + " broke the channel's protocol " + when + " ("
                    + brokenProtocol + ") and was destroyed");
        }
        return new WorkerException(exitDescription(id, process, out, err, when));
    }

    static String exitDescription(int id, Process process, OutputPump out, OutputPump err, String when) {
        Integer code = null;
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                code = process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.drain(500);
        err.drain(500);
        List<String> lines = new ArrayList<>(err.lastLines());
        lines.addAll(out.lastLines());
        boolean outOfMemory = lines.stream().anyMatch(line -> line.contains("OutOfMemoryError"));
        StringBuilder text = new StringBuilder("PROCESSES: worker ").append(id);
        if (outOfMemory) {
            text.append(" ran out of memory (OutOfMemoryError) and");
        }
        text.append(code == null ? " stopped answering " : " exited with code " + code + " ").append(when);
        if (lines.isEmpty()) {
            text.append("; it printed nothing");
        } else {
            text.append("; its last lines of output:");
            lines.forEach(line -> text.append(System.lineSeparator()).append("    ").append(line));
        }
        return text.toString();
    }
}
