package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.rununder.WorkerException;
import io.github.rununder.testing.Workers;
import java.io.DataOutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One test per way the channel or the pool could hang, leak or crash the test JVM: each fails
 * with words that say what happened, and leaves no worker JVM behind.
 */
class WorkerFaultsTest {

    private static final long START = TimeUnit.SECONDS.toNanos(60);

    private final ForkSpec spec = ForkSpec.forTest(WorkerFaultsTest.class, List.of());

    @AfterEach
    void noWorkerIsLeft() {
        Workers.assertNoneLeft();
    }

    @Test
    void aPeerThatConnectsFirstAndSendsNothingFailsTheStartWithinTheHelloTimeout() {
        try (WorkerPool pool = pool((socket, token) -> Thread.sleep(60_000))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pool.acquire(spec, 1, START)).isInstanceOf(WorkerException.class)
                    .hasMessage("PROCESSES: worker 0 could not be started: the process that connected to its port sent"
                            + " no hello in time");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(pool.pids()).isEmpty();
        }
    }

    @Test
    void aLengthOf64MiBInsteadOfAHelloIsRefusedUnread() {
        try (WorkerPool pool = pool((socket, token) -> {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeByte(Message.Hello.TYPE);
            out.writeInt(64 * 1024 * 1024);
            out.flush();
            Thread.sleep(60_000);
        })) {
            assertThatThrownBy(() -> pool.acquire(spec, 1, START)).isInstanceOf(WorkerException.class)
                    .hasMessage("PROCESSES: worker 0 could not be started: the process that connected to its port did"
                            + " not say hello (corrupt channel: a frame of type 10 announced 67108864 bytes, more than"
                            + " the 1024 allowed)");
        }
    }

    @Test
    void garbageInsteadOfAHelloIsRefused() {
        try (WorkerPool pool = pool((socket, token) -> {
            socket.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(60_000);
        })) {
            assertThatThrownBy(() -> pool.acquire(spec, 1, START)).isInstanceOf(WorkerException.class)
                    .hasMessage("PROCESSES: worker 0 could not be started: the process that connected to its port did"
                            + " not say hello (the first frame was of type 71, not a hello)");
        }
    }

    @Test
    void aHelloWithAnotherTokenIsRefused() {
        try (WorkerPool pool = pool((socket, token) -> {
            new Channel(socket).send(new Message.Hello(Message.PROTOCOL, "0".repeat(32), 1));
            Thread.sleep(60_000);
        })) {
            assertThatThrownBy(() -> pool.acquire(spec, 1, START)).isInstanceOf(WorkerException.class)
                    .hasMessage("PROCESSES: worker 0 could not be started: a process connected to its port without its token");
        }
    }

    @Test
    void aNestedCauseBombAfterTheHelloFailsTheStartAndDestroysTheWorker() {
        try (WorkerPool pool = pool((socket, token) -> {
            new Channel(socket).send(new Message.Hello(Message.PROTOCOL, token.get(), 1));
            WireOut bomb = new WireOut().writeInt(0);
            for (int depth = 0; depth < 100_000; depth++) {
                bomb.writeString("java.lang.RuntimeException").writeString(null).writeInt(0).writeBoolean(true);
            }
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeByte(Message.TaskFailed.TYPE);
            out.writeInt(bomb.size());
            out.write(bomb.toByteArray());
            out.flush();
            Thread.sleep(60_000);
        })) {
            assertThatThrownBy(() -> pool.acquire(spec, 1, START)).isInstanceOf(WorkerException.class)
                    .hasMessageStartingWith("PROCESSES: worker 0 ")
                    .hasMessageContaining("before it was ready: corrupt frame: causes and suppressed exceptions nested"
                            + " deeper than 32 or more than 128 in all");
        }
    }

    @Test
    void aWorkerThatBreaksTheProtocolLaterIsReportedAtOnceAndDestroyed() throws Exception {
        AtomicReference<Socket> peer = new AtomicReference<>();
        CompletableFuture<Void> breakNow = new CompletableFuture<>();
        try (WorkerPool pool = pool((socket, token) -> {
            Channel channel = new Channel(socket);
            channel.send(new Message.Hello(Message.PROTOCOL, token.get(), 1));
            channel.send(new Message.Ready(-1));
            peer.set(socket);
            breakNow.get();
            socket.getOutputStream().write(new byte[] {(byte) 0xff, 0, 0, 0, 0});
            socket.getOutputStream().flush();
            Thread.sleep(60_000);
        })) {
            WorkerPool.Lease lease = pool.acquire(spec, 1, START);
            Worker worker = lease.workers().get(0);
            java.util.concurrent.BlockingQueue<WorkerEvent> events = new java.util.concurrent.LinkedBlockingQueue<>();
            worker.routeTo(events);
            breakNow.complete(null);

            WorkerEvent end = events.poll(30, TimeUnit.SECONDS);
            assertThat(end).as("the end of the channel, delivered at once").isNotNull();
            assertThat(end.message()).isNull();
            assertThat(worker.exited("while running task 0").getMessage()).isEqualTo("PROCESSES: worker 0 broke the"
                    + " channel's protocol while running task 0 (corrupt channel: unknown frame type 255) and was destroyed");
            await().atMost(Duration.ofSeconds(10)).until(() -> !worker.alive());
            pool.release(lease.workers());
        }
    }

    @Test
    void workersThatEnteredTheTestForAFailedAcquisitionAreDestroyed() {
        FakePeer garbage = new FakePeer((socket, token) -> {
            socket.getOutputStream().write(new byte[] {1, 2, 3, 4, 5});
            socket.getOutputStream().flush();
            Thread.sleep(60_000);
        });
        Spawner secondIsFake = (command, directory) -> command.get(command.size() - 1).equals("1")
                ? garbage.spawn(command, directory) : Spawner.PROCESS_BUILDER.spawn(command, directory);
        try (WorkerPool pool = new WorkerPool(secondIsFake, 2, StartupCache.off())) {
            Message enter = new Message.RunTest("[engine:junit-jupiter]/[class:" + WorkerPoolTest.Loads.class.getName()
                    + "]/[test-template:task(io.github.rununder.TaskInfo)]", java.util.Map.of(), java.util.Map.of());
            ForkSpec loads = ForkSpec.forTest(WorkerPoolTest.Loads.class, List.of());

            assertThatThrownBy(() -> pool.acquire(loads, 2, START, enter)).isInstanceOf(WorkerException.class)
                    .hasMessageContaining("worker 1 could not be started");
            assertThat(pool.pids()).as("workers kept after the failed acquisition").isEmpty();
        }
    }

    @Test
    void anInterruptedAcquireDestroysTheWorkersItWasStarting() throws Exception {
        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, 2, StartupCache.off())) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread test = new Thread(() -> {
                try {
                    pool.acquire(spec, 3, START);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            test.start();
            await("workers being started").atMost(Duration.ofSeconds(30)).until(() -> !Workers.running().isEmpty());
            test.interrupt();
            test.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
            Workers.assertNoneLeft();
            assertThat(pool.pids()).isEmpty();
        }
    }

    @Test
    void theArgumentFileIsDeletedOnceTheWorkerSaidHello() throws Exception {
        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, 2, StartupCache.off())) {
            WorkerPool.Lease lease = pool.acquire(spec, 1, START);
            try (var files = java.nio.file.Files.list(pool.directory())) {
                assertThat(files.toList()).as("argument files left after the start").isEmpty();
            }
            pool.release(lease.workers());
        }
    }

    private static WorkerPool pool(FakePeer.Script script) {
        return new WorkerPool(new FakePeer(script), 2, StartupCache.off());
    }
}
