package com.example;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;

/** Each method has one mistake in its declaration; none of them may run a task or pass. */
class BadInputTest {

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 0)
    void noTasks() {
        throw new AssertionError("must not run");
    }

    @RunUnder(model = {SEQUENTIAL, THREADS}, concurrency = 0)
    void noConcurrency() {
        throw new AssertionError("must not run");
    }

    @RunUnder(model = {})
    void noModel() {
        throw new AssertionError("must not run");
    }

    @RunUnder(model = {THREADS, SEQUENTIAL, THREADS})
    void aModelTwice() {
        throw new AssertionError("must not run");
    }

    @RunUnder(model = {SEQUENTIAL, THREADS})
    @ExpectFaster(model = ASYNC, than = SEQUENTIAL)
    void aClaimOnAModelNotRun() {
        throw new AssertionError("must not run");
    }

    @RunUnder(model = {SEQUENTIAL, THREADS})
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 0)
    void atLeastZero() {
        throw new AssertionError("must not run");
    }
}
