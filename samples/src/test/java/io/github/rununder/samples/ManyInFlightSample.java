package io.github.rununder.samples;

// tag::sweep[]
import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.ExpectScaling;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asyncio lesson at scale: 1,000 calls that each wait 1 ms, with 1, 10, 100 and 1,000 of them
 * in flight. A pool of 1,000 platform threads stops paying long before 1,000; virtual threads and
 * the event loop keep going.
 */
class ManyInFlightSample {

    @RunUnder(model = {THREADS, VIRTUAL_THREADS, ASYNC}, tasks = 1000, concurrency = {1, 10, 100, 1000})
    @ExpectFaster(model = VIRTUAL_THREADS, than = THREADS, atLeast = 4.0)   // at 1,000 in flight: 13× to 20× here
    @ExpectFaster(model = ASYNC, than = THREADS, atLeast = 4.0)             // (claims keep a 3× margin or more)
    @ExpectScaling(model = VIRTUAL_THREADS, from = 1, to = 1000, atLeast = 30.0)
    @ExpectScaling(model = ASYNC, from = 1, to = 1000, atLeast = 30.0)
    void call(TaskInfo task) throws InterruptedException {
        if (task.model() == ASYNC) {
            task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS)));
        } else {
            Thread.sleep(1); // a blocking call: holds its thread, platform or virtual, while it waits
        }
    }
}
// end::sweep[]
