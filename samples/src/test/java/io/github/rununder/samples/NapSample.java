package io.github.rununder.samples;

// tag::nap[]
import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The simplest IO-bound workload: every task waits 15 ms, as a network call would. */
class NapSample {

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 24, concurrency = 8)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.5)   // 8 naps at a time: 8× at best
    @ExpectFaster(model = ASYNC, than = SEQUENTIAL, atLeast = 2.5)     // claims keep a 3× margin for busy machines
    void nap(TaskInfo task) throws InterruptedException {
        if (task.model() == ASYNC) {
            // Asynchronous by nature: hand the pending result over and return at once.
            task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(15, TimeUnit.MILLISECONDS)));
        } else {
            Thread.sleep(15); // blocks the thread that runs the task
        }
    }
}
// end::nap[]
