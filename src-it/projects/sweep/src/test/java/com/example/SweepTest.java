package com.example;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.ExpectScaling;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** How many at a time? Naps of 20 ms, 1 to 16 in flight, under a thread pool and an event loop. */
class SweepTest {

    @RunUnder(model = {THREADS, ASYNC}, tasks = 16, concurrency = {1, 2, 4, 8, 16})
    @ExpectScaling(model = THREADS, from = 1, to = 16, atLeast = 4.0)   // 16 naps at a time: up to 16×
    @ExpectScaling(model = ASYNC, from = 8, to = 16, atLeast = 4.0)     // twice as many in flight: 2× at best
    void nap(TaskInfo task) throws InterruptedException {
        if (task.model() == ASYNC) {
            task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));
        } else {
            Thread.sleep(20);
        }
    }
}
