package com.example;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;

/** A claim that cannot hold: one sleeper after another is not twice as fast as four at a time. */
class FalseClaimTest {

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = 4, rounds = 3)
    @ExpectFaster(model = SEQUENTIAL, than = THREADS, atLeast = 2.0)
    void sleepersOneAfterAnother() throws InterruptedException {
        Thread.sleep(15);
    }
}
