package com.example;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;

/** The sixth task of every round fails, as a real call sometimes does. */
class ThrowingTaskTest {

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = 4)
    void upload(TaskInfo task) {
        if (task.index() == 5) {
            throw new IllegalStateException("disk full while writing part " + task.index());
        }
    }
}
