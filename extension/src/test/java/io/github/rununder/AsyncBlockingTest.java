package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Tasks that block the ASYNC event loop are found, with the blocking call and the user's frame. */
class AsyncBlockingTest {

    private static final String FRAME = "\\(AsyncBlockingTest\\.java:\\d+\\)";

    @Test
    void aSleepOnTheLoopIsReportedWithThreadSleepAndTheTaskFrame() {
        KitRun run = RunUnderKit.run(SleepsOnLoop.class);

        Map<String, String> entries = run.node("[1] ASYNC").succeeded().entries();
        assertThat(entries.get("rununder.asyncBlocking"))
                .startsWith("the event loop was blocked ")
                .containsPattern("Thread\\.sleep in AsyncBlockingTest\\.SleepsOnLoop\\.task" + FRAME + ": 16 times, ")
                .contains("without blocking, a round would take about ");
        // Said once, not again among the other warnings.
        assertThat(entries.get("rununder.warnings")).satisfiesAnyOf(
                warnings -> assertThat(warnings).isNull(),
                warnings -> assertThat(warnings).doesNotContain("the event loop was blocked "));
    }

    @Test
    void aMonitorWaitOnTheLoopIsReportedAsObjectWait() {
        KitRun run = RunUnderKit.run(WaitsOnLoop.class);

        assertThat(run.node("[1] ASYNC").succeeded().entries().get("rununder.asyncBlocking"))
                .containsPattern("Object\\.wait in AsyncBlockingTest\\.WaitsOnLoop\\.task" + FRAME);
    }

    @Test
    void aBlockingSocketReadOnTheLoopIsReportedAsASocketRead() {
        KitRun run = RunUnderKit.run(ReadsOnLoop.class);

        assertThat(run.node("[1] ASYNC").succeeded().entries().get("rununder.asyncBlocking"))
                .containsPattern("socket read in AsyncBlockingTest\\.ReadsOnLoop\\.task" + FRAME);
    }

    @Test
    void aTrulyAsynchronousTaskIsNotFlagged() {
        KitRun run = RunUnderKit.run(TrulyAsync.class);

        assertThat(run.node("[1] ASYNC").succeeded().entries()).doesNotContainKey("rununder.asyncBlocking");
    }

    @Test
    void aPlainBlockingTaskIsOffloadedNotFlagged() {
        KitRun run = RunUnderKit.run(PlainBlocking.class);

        Map<String, String> entries = run.node("[1] ASYNC").succeeded().entries();
        assertThat(entries).doesNotContainKey("rununder.asyncBlocking");
        assertThat(entries.get("rununder.notes")).contains("offloaded to an executor of 4 threads");
    }

    @Test
    void failModeFailsTheAsyncNode() {
        KitRun run = RunUnderKit.run(Map.of("rununder.async.blocking", "fail"), SleepsOnLoop.class);

        run.node("[1] ASYNC").failed()
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Expected no task to block the ASYNC event loop, but the event loop was blocked ")
                .hasMessageEndingWith("(rununder.async.blocking=fail)");
    }

    @Test
    void offModeDoesNotWatch() {
        KitRun run = RunUnderKit.run(Map.of("rununder.async.blocking", "off"), SleepsOnLoop.class);

        assertThat(run.node("[1] ASYNC").succeeded().entries()).doesNotContainKey("rununder.asyncBlocking");
    }

    @Test
    void anUnknownModeIsAConfigurationError() {
        KitRun run = RunUnderKit.run(Map.of("rununder.async.blocking", "loud"), SleepsOnLoop.class);

        run.method("task").failed().hasMessage("Configuration error: 'rununder.async.blocking' must be one of 'report',"
                + " 'fail' or 'off', but was 'loud'.");
    }

    static CompletableFuture<Void> later(long millis) {
        return CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    static class SleepsOnLoop {
        @RunUnder(model = ASYNC, tasks = 8, concurrency = 4, rounds = 2)
        void task(TaskInfo task) throws InterruptedException {
            Thread.sleep(5);
            task.completesWith(later(5));
        }
    }

    static class WaitsOnLoop {
        private final Object lock = new Object();

        @RunUnder(model = ASYNC, tasks = 8, concurrency = 4, rounds = 2)
        void task(TaskInfo task) throws InterruptedException {
            synchronized (lock) {
                lock.wait(5);
            }
            task.completesWith(later(5));
        }
    }

    static class ReadsOnLoop {
        private ServerSocket server;
        private Thread answering;

        @BeforeEach
        void startServer() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            answering = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket client = server.accept()) {
                        Thread.sleep(5);
                        client.getOutputStream().write(42);
                    } catch (IOException | InterruptedException stopped) {
                        return;
                    }
                }
            });
            answering.start();
        }

        @AfterEach
        void stopServer() throws Exception {
            server.close();
            answering.join(5_000);
        }

        @RunUnder(model = ASYNC, tasks = 6, concurrency = 2, rounds = 2)
        void task(TaskInfo task) throws IOException {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                    InputStream in = socket.getInputStream()) {
                in.read();
            }
            task.completesWith(CompletableFuture.completedFuture(null));
        }
    }

    static class TrulyAsync {
        @RunUnder(model = ASYNC, tasks = 8, concurrency = 4, rounds = 2)
        void task(TaskInfo task) {
            task.completesWith(later(5));
        }
    }

    static class PlainBlocking {
        @RunUnder(model = ASYNC, tasks = 8, concurrency = 4, rounds = 2)
        void task() throws InterruptedException {
            Thread.sleep(5);
        }
    }
}
