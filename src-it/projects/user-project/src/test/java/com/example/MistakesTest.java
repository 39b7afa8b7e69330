package com.example;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;

/** Two mistakes a new user makes: a claim that is false, and a workload of no tasks. */
class MistakesTest {

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = 4)
    @ExpectFaster(model = SEQUENTIAL, than = THREADS, atLeast = 2.0)
    void napsOneAfterAnother() throws InterruptedException {
        Thread.sleep(10);
    }

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 0)
    void noTasks() {
    }
}
