package io.github.rununder.internal.fork;

import io.github.rununder.WorkerException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts one worker: spawns its JVM, waits for the one connection its port accepts, checks the
 * hello and waits for its Launcher, and, where asked, has it enter the test. Whatever goes wrong,
 * the process is destroyed before the failure is thrown.
 */
final class WorkerStart {

    /**
     * How long a connected peer has to say hello: a worker sends it right after connecting, before
     * it loads anything else, so this is generous even on a busy machine.
     */
    static final long HELLO_NANOS = TimeUnit.SECONDS.toNanos(10);

    private WorkerStart() {}

    /** What starting a worker needs besides its spec. */
    record Setup(Path argumentDirectory, Spawner spawner, List<String> startupArguments, Message enter) {

        Setup(Path argumentDirectory, Spawner spawner, List<String> startupArguments) {
            this(argumentDirectory, spawner, startupArguments, null);
        }
    }

    /**
     * Starts a worker and waits until its Launcher is ready. Whatever goes wrong, including an
     * {@link Error} or an interrupt, the process is destroyed before this returns.
     *
     * @param spawned told of the process as soon as it exists, so the pool can destroy it if it is closed meanwhile
     * @throws WorkerException when it exits, is not ready by {@code deadline}, or another process takes its place
     * @throws IOException when it cannot be spawned at all
     */
    static Worker start(int id, ForkSpec spec, Setup setup, long deadline, Consumer<Process> spawned) throws IOException {
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ForkSpec.Command command = spec.command(setup.argumentDirectory(), setup.startupArguments(),
                    server.getLocalPort(), id);
            Process process;
            try {
                process = setup.spawner().spawn(command.arguments(), spec.workingDirectory());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(command.argumentFile());
                throw e;
            }
            String label = "[PROCESSES worker " + id + "] ";
            String marks = OutputMarks.prefix(token);
            OutputPump out = new OutputPump(process.getInputStream(), () -> System.out, label, marks).start();
            OutputPump err = new OutputPump(process.getErrorStream(), () -> System.err, label, marks).start();
            try {
                spawned.accept(process);
                Worker worker = connect(id, spec, process, server, token, deadline, out, err);
                Files.deleteIfExists(command.argumentFile());
                if (setup.enter() != null) {
                    worker.enter(setup.enter(), deadline);
                }
                return worker;
            } catch (Throwable failure) {
                destroyAtOnce(process);
                Files.deleteIfExists(command.argumentFile());
                throw startFailure(id, process, out, err, failure);
            }
        }
    }

    /** Gives the worker its token, accepts its one connection and checks its hello; the worker's reader then starts. */
    private static Worker connect(int id, ForkSpec spec, Process process, ServerSocket server, String token, long deadline,
            OutputPump out, OutputPump err) throws IOException, InterruptedException {
        process.getOutputStream().write((token + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        Socket socket = accept(server, process, deadline);
        server.close(); // one connection per worker: whoever comes next is refused
        Channel channel = new Channel(socket);
        try {
            handshake(channel, token, id, deadline);
            channel.readTimeout(0);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        Worker worker = new Worker(id, spec, process, channel, out, err);
        worker.startReader();
        return worker;
    }

    private static RuntimeException startFailure(int id, Process process, OutputPump out, OutputPump err, Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
            Thread.currentThread().interrupt();
            return new WorkerException("PROCESSES: worker " + id + " was destroyed while it started: the test was"
                    + " interrupted", failure);
        }
        if (failure instanceof WorkerException worker) {
            return worker;
        }
        return new WorkerException(Worker.exitDescription(id, process, out, err, "before it was ready: " + failure.getMessage()),
                failure);
    }

    /**
     * The worker's first frame must be its hello with this start's token, compared in constant
     * time, and nothing else is decoded before it; then its Launcher must say it is ready. Each
     * read times out at the start's deadline.
     */
    private static void handshake(Channel channel, String token, int id, long deadline) throws IOException {
        channel.readTimeout(Math.min(remaining(deadline), HELLO_NANOS));
        Message.Hello hello;
        try {
            hello = channel.receiveHello();
        } catch (SocketTimeoutException silent) {
            throw new WorkerException("PROCESSES: worker " + id + " could not be started: the process that connected"
                    + " to its port sent no hello in time");
        } catch (IOException notAHello) {
            throw new WorkerException("PROCESSES: worker " + id + " could not be started: the process that connected"
                    + " to its port did not say hello (" + notAHello.getMessage() + ")");
        }
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        byte[] given = hello.token() == null ? new byte[0] : hello.token().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new WorkerException("PROCESSES: worker " + id + " could not be started: a process connected to its"
                    + " port without its token");
        }
        if (hello.protocol() != Message.PROTOCOL) {
            throw new WorkerException("PROCESSES: worker " + id + " speaks protocol " + hello.protocol() + ", this"
                    + " test JVM " + Message.PROTOCOL + ": two versions of RunUnder are on the class path");
        }
        channel.readTimeout(remaining(deadline));
        Message ready = channel.receive();
        if (!(ready instanceof Message.Ready)) {
            throw new IOException(ready == null ? "its channel closed" : "it sent " + ready.getClass().getSimpleName()
                    + " instead of saying it was ready");
        }
    }

    private static long remaining(long deadline) throws SocketTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("no time left");
        }
        return left;
    }

    private static Socket accept(ServerSocket server, Process process, long deadline) throws IOException, InterruptedException {
        server.setSoTimeout(50);
        while (true) {
            try {
                return server.accept();
            } catch (SocketTimeoutException notYet) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted while the worker started");
                }
                if (!process.isAlive()) {
                    throw new IOException("the worker exited");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("the worker did not connect in time");
                }
            }
        }
    }

    /** For a worker that never became ready: nothing of it is worth a graceful exit. */
    private static void destroyAtOnce(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
