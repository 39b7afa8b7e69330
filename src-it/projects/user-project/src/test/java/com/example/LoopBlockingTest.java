package com.example;

import static io.github.rununder.Model.ASYNC;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Three ways to write an ASYNC task: blocking the event loop, truly asynchronous, and plainly blocking. */
class LoopBlockingTest {

    @RunUnder(model = ASYNC, tasks = 8, concurrency = 4)
    void sleepsOnTheLoop(TaskInfo task) throws InterruptedException {
        Thread.sleep(20); // on the event loop: every other task waits
        task.completesWith(CompletableFuture.completedFuture(null));
    }

    @RunUnder(model = ASYNC, tasks = 8, concurrency = 4)
    void waitsOnADelayedExecutor(TaskInfo task) {
        task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));
    }

    @RunUnder(model = ASYNC, tasks = 8, concurrency = 4)
    void sleepsPlainly() throws InterruptedException {
        Thread.sleep(20);
    }
}
