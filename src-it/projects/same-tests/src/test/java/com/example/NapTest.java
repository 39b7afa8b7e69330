package com.example;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Every task waits 15 ms, as a network call would: the README's sample, with one claim of 3× where
 * 8× is the ideal. ASYNC's claim is left to first-project: with two forks beside each other on two
 * cores, its event loop, which handles every completion, measured as little as 2.5×.
 * PROCESSES is not among its models: eight worker JVMs warming up on two cores would distort the
 * model measured after them (PreparedStateTest covers PROCESSES).
 */
class NapTest {

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, ASYNC}, tasks = 24, concurrency = 8,
            warmup = 1, rounds = 3)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 3.0)
    @Timeout(60)
    void nap(TaskInfo task) throws InterruptedException {
        if (task.model() == ASYNC) {
            task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(15, TimeUnit.MILLISECONDS)));
        } else {
            Thread.sleep(15);
        }
    }
}
