package io.github.rununder.bench.noise;

import io.github.rununder.Task;
import io.github.rununder.TaskInfo;

/** Simulated IO: each task waits 5 ms, as a call to a fast service would. */
public final class Nap implements Task {

    @Override
    public void run(TaskInfo task) throws InterruptedException {
        Thread.sleep(5);
    }
}
