package io.github.rununder.internal.fork;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The test JVM's handle on one worker JVM: its process, its channel, its forwarded output. A
 * reader thread delivers what the worker sends to whichever queue the current session gave it.
 */
final class Worker {

    private final int id;
    private final ForkSpec spec;
    private final Process process;
    private final OutputStream stdin;
    private final Channel channel;
    private final OutputPump out;
    private final OutputPump err;
    private final long startupNanos;
    private volatile BlockingQueue<WorkerEvent> route;
    private volatile boolean closed;

    private Worker(int id, ForkSpec spec, Process process, Channel channel, OutputPump out, OutputPump err,
            long startupNanos) {
        this.id = id;
        this.spec = spec;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.channel = channel;
        this.out = out;
        this.err = err;
        this.startupNanos = startupNanos;
    }

    /**
     * Starts a worker and waits until its Launcher is ready.
     *
     * @throws WorkerException when it exits, or is not ready within {@code timeoutNanos}
     * @throws IOException when it cannot be spawned at all
     */
    static Worker start(int id, ForkSpec spec, Path directory, long timeoutNanos) throws IOException {
        long spawned = System.nanoTime();
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = new ProcessBuilder(spec.command(directory, server.getLocalPort(), id)).start();
            String label = "[PROCESSES worker " + id + "] ";
            OutputPump out = new OutputPump(process.getInputStream(), () -> System.out, label).start();
            OutputPump err = new OutputPump(process.getErrorStream(), () -> System.err, label).start();
            try {
                process.getOutputStream().write((token + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
                Channel channel = new Channel(accept(server, process, spawned + timeoutNanos));
                Worker worker = new Worker(id, spec, process, channel, out, err, 0);
                Message hello = channel.receive();
                if (!(hello instanceof Message.Hello greeting) || !greeting.token().equals(token)) {
                    throw new WorkerException("a process connected to worker " + id + "'s port without its token");
                }
                if (!(channel.receive() instanceof Message.Ready)) {
                    throw worker.exited("before its Launcher was ready");
                }
                Worker ready = new Worker(id, spec, process, channel, out, err, System.nanoTime() - spawned);
                ready.startReader();
                return ready;
            } catch (WorkerException e) {
                destroy(process);
                throw e;
            } catch (IOException | RuntimeException e) {
                destroy(process);
                throw new WorkerException(exitDescription(id, process, out, err, "before it was ready"), e);
            }
        }
    }

    private static Socket accept(ServerSocket server, Process process, long deadline) throws IOException {
        server.setSoTimeout(100);
        while (true) {
            try {
                Socket socket = server.accept();
                socket.setSoTimeout(0);
                return socket;
            } catch (SocketTimeoutException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("the worker exited");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("the worker did not connect in time");
                }
            }
        }
    }

    private void startReader() {
        Thread reader = new Thread(() -> {
            try {
                for (Message message = channel.receive(); message != null; message = channel.receive()) {
                    deliver(message);
                }
            } catch (IOException broken) {
                // treated as the end of the channel
            }
            deliver(null);
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

    int id() {
        return id;
    }

    ForkSpec spec() {
        return spec;
    }

    long pid() {
        return process.pid();
    }

    /** Spawn to ready: JVM start, connection, Launcher creation. */
    long startupNanos() {
        return startupNanos;
    }

    boolean alive() {
        return !closed && process.isAlive();
    }

    /** Sends the worker's messages to {@code queue} from now on. */
    void routeTo(BlockingQueue<WorkerEvent> queue) {
        this.route = queue;
    }

    void send(Message message) throws IOException {
        channel.send(message);
    }

    /** Asks the worker to exit, then makes sure it does. */
    void shutdown() {
        closed = true;
        try {
            channel.send(new Message.Shutdown());
            stdin.close();
        } catch (IOException alreadyGone) {
            // then it is exiting anyway
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                destroy(process);
            }
        } catch (InterruptedException e) {
            destroy(process);
            Thread.currentThread().interrupt();
        }
        channel.close();
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

    /** Why the worker went away, with its exit code and last lines of output, for a node's failure. */
    WorkerException exited(String when) {
        return new WorkerException(exitDescription(id, process, out, err, when));
    }

    private static String exitDescription(int id, Process process, OutputPump out, OutputPump err, String when) {
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
