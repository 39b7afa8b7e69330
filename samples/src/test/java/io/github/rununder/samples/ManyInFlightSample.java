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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The asyncio lesson at scale: 1,000 calls that each wait 1 ms, with 1, 10, 100 and 1,000 of them
 * in flight. A pool of 1,000 platform threads stops paying long before 1,000; virtual threads and
 * the event loop keep going.
 */
class ManyInFlightSample {

    ScheduledExecutorService timer; // completes the event loop's calls, as asyncio's loop does its sleeps

    @BeforeEach
    void startTimer() {
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @RunUnder(model = {THREADS, VIRTUAL_THREADS, ASYNC}, tasks = 1000, concurrency = {1, 10, 100, 1000})
    @ExpectFaster(model = VIRTUAL_THREADS, than = THREADS, atLeast = 4.0)   // at 1,000 in flight: 13× to 20× here
    @ExpectFaster(model = ASYNC, than = THREADS, atLeast = 4.0)             // (claims keep a 3× margin or more)
    @ExpectScaling(model = VIRTUAL_THREADS, from = 1, to = 1000, atLeast = 30.0)
    @ExpectScaling(model = ASYNC, from = 1, to = 1000, atLeast = 30.0)
    void call(TaskInfo task) throws InterruptedException {
        if (task.model() == ASYNC) {
            CompletableFuture<Void> answer = new CompletableFuture<>();
            timer.schedule(() -> answer.complete(null), 1, TimeUnit.MILLISECONDS);
            task.completesWith(answer); // returns at once; the loop keeps up to 1,000 such calls in flight
        } else {
            Thread.sleep(1); // a blocking call: holds its thread, platform or virtual, while it waits
        }
    }

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }
}
// end::sweep[]
