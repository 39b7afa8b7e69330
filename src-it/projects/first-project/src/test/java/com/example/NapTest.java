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

/** Sleeping tasks, as the README shows them: every model passes and both claims hold. */
class NapTest {

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, ASYNC}, tasks = 24, concurrency = 8)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 3.0)
    @ExpectFaster(model = ASYNC, than = SEQUENTIAL, atLeast = 4.0)
    void nap(TaskInfo task) throws InterruptedException {
        if (task.model() == ASYNC) {
            task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(15, TimeUnit.MILLISECONDS)));
        } else {
            Thread.sleep(15);
        }
    }
}
