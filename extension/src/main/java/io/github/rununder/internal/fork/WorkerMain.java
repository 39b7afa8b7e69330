package io.github.rununder.internal.fork;

import io.github.rununder.Task;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a worker JVM. Reads its token from standard input, connects back to the test
 * JVM on loopback and says hello before it loads anything else, creates one JUnit Launcher for its
 * whole life and runs what the test JVM asks: a {@code @RunUnder} method by unique id, or a
 * {@code Task} class by name, each with the test JVM's system properties.
 *
 * <p>It exits when the test JVM asks it to or goes away: standard input reaching its end (the test
 * JVM closed it, or died, even by SIGKILL) or the parent process ending. It exits with
 * {@link System#exit}, so shutdown hooks run (a coverage agent writes its data there), and halts
 * if they have not finished after {@value #HOOKS_SECONDS} seconds. Standard output and error are
 * the user's: the test JVM forwards them, labelled.
 *
 * <p>Arguments: the test JVM's port and this worker's number.
 */
public final class WorkerMain {

    static final int HOOKS_SECONDS = 5;

    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int workerId = Integer.parseInt(args[1]);
        String token = readLine(System.in);
        watchParent();
        Channel channel = new Channel(new Socket(InetAddress.getLoopbackAddress(), port));
        channel.send(new Message.Hello(Message.PROTOCOL, token, ProcessHandle.current().pid()));
        WorkerRuntime runtime = new WorkerRuntime(channel, workerId, WorkerRecorder.ofThisJvm());
        WorkerRuntime.install(runtime);
        Launcher launcher = LauncherFactory.create();
        channel.send(new Message.Ready(-1));
        TestRunner tests = new TestRunner(launcher, runtime);
        WorkerProperties properties = new WorkerProperties();
        OutputMarks marks = new OutputMarks(token);
        while (true) {
            Message message = channel.receive();
            if (message == null || message instanceof Message.Shutdown) {
                exit();
            } else if (message instanceof Message.RunTest run) {
                properties.apply(run.systemProperties());
                Message.SessionFinished finished = tests.run(run);
                channel.send(finished.marked(marks.mark()));
            } else if (message instanceof Message.RunTask run) {
                properties.apply(run.systemProperties());
                Message.SessionFinished finished = runTask(runtime, run.taskClassName());
                channel.send(finished.marked(marks.mark()));
            } else if (message instanceof Message.StartRecording start) {
                channel.send(WorkerRecorder.refusedOutsideTest(start));
            } else if (message instanceof Message.StopRecording stop) {
                channel.send(WorkerRecorder.notInTest(stop));
            }
        }
    }

    /** Serves the tasks of a {@code Task} class built by its public no-argument constructor. */
    private static Message.SessionFinished runTask(WorkerRuntime runtime, String className) {
        Task task;
        try {
            task = (Task) Class.forName(className, true, Thread.currentThread().getContextClassLoader())
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return new Message.SessionFinished("could not build the task " + className
                    + " with its public no-argument constructor", ThrowableData.of(e));
        }
        try {
            runtime.serve(task::run);
            return new Message.SessionFinished(null, null);
        } catch (RuntimeException e) {
            return new Message.SessionFinished("failed serving " + className, ThrowableData.of(e));
        }
    }

    /**
     * Exits running the shutdown hooks; a daemon thread halts the JVM if they take longer than
     * {@value #HOOKS_SECONDS} seconds. Never returns.
     */
    static void exit() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(HOOKS_SECONDS * 1000L);
            } catch (InterruptedException ignored) {
                // halt all the same
            }
            Runtime.getRuntime().halt(0);
        }, "rununder-worker-exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.out.flush();
        System.err.flush();
        System.exit(0);
    }

    /** Exits when the test JVM closes standard input or its process ends. */
    private static void watchParent() {
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // Nothing is sent after the token; anything else is ignored.
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as its end
            }
            exit();
        }, "rununder-worker-stdin-watch");
        stdin.setDaemon(true);
        stdin.start();
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(WorkerMain::exit));
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n' && line.length() < 256; c = in.read()) {
            line.append((char) c);
        }
        return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).trim();
    }
}
