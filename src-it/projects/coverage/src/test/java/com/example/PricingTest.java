package com.example;

import static io.github.rununder.Model.PROCESSES;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;

/** Under PROCESSES alone, Pricing runs only in the worker JVMs: its coverage comes from them or not at all. */
class PricingTest {

    @RunUnder(model = PROCESSES, tasks = 12, concurrency = 2, rounds = 1)
    void price(TaskInfo task) {
        if (Pricing.total(task.index(), 100) < 0) {
            throw new IllegalStateException("a negative price");
        }
    }
}
