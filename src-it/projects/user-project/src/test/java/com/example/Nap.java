package com.example;

import io.github.rununder.Task;
import io.github.rununder.TaskInfo;

/** A 15 ms wait, as a network call makes: a public class, so that PROCESSES workers can rebuild it by name. */
public class Nap implements Task {

    @Override
    public void run(TaskInfo task) throws InterruptedException {
        Thread.sleep(15);
    }
}
