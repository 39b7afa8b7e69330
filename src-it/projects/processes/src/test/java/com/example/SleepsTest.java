package com.example;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;

/** 16 sleeps of 50 ms over 4 worker JVMs: 4× faster than one after another in theory, 2× claimed. */
class SleepsTest {

    @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 16, concurrency = 4)
    @ExpectFaster(model = PROCESSES, than = SEQUENTIAL, atLeast = 2.0)
    void sleep() throws InterruptedException {
        Thread.sleep(50);
    }
}
