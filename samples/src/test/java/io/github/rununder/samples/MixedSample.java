package io.github.rununder.samples;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;

/** Some computing and some waiting per task: a parse-then-call workload. */
class MixedSample {

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 24, concurrency = 8)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.5)           // ~4.8× at best on 2 cores
    @ExpectFaster(model = VIRTUAL_THREADS, than = SEQUENTIAL, atLeast = 1.5)
    void parseThenWait(TaskInfo task) throws InterruptedException {
        long end = System.nanoTime() + 4_000_000; // ~4 ms of computing
        long state = task.index();
        while (System.nanoTime() < end) {
            state = state * 6364136223846793005L + 1442695040888963407L;
        }
        if (state == 42) {
            System.out.println(state);
        }
        Thread.sleep(8); // then ~8 ms of waiting
    }
}
