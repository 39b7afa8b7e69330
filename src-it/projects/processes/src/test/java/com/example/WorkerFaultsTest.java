package com.example;

import static io.github.rununder.Model.PROCESSES;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/** Four ways a task can go wrong in a worker JVM, each failing its node; then the workers work again. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerFaultsTest {

    @Order(1)
    @RunUnder(model = PROCESSES, tasks = 4, concurrency = 2, rounds = 1)
    void throwsInATask(TaskInfo task) {
        if (task.index() == 2) {
            throw new IllegalStateException("invoice " + task.index() + " has no customer");
        }
    }

    @Order(2)
    @RunUnder(model = PROCESSES, tasks = 4, concurrency = 2, rounds = 1)
    void exitsTheJvm(TaskInfo task) {
        if (task.index() == 1) {
            System.out.println("giving up on invoice " + task.index());
            System.exit(37);
        }
    }

    @Order(3)
    @RunUnder(model = PROCESSES, tasks = 2, concurrency = 1, rounds = 1, jvmArgs = "-Xmx48m")
    void runsOutOfMemory() {
        List<long[]> cache = new ArrayList<>();
        while (true) {
            cache.add(new long[1024 * 1024]);
        }
    }

    @Order(4)
    @RunUnder(model = PROCESSES, tasks = 2, concurrency = 2, rounds = 1)
    @Timeout(8)
    void hangs() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    @Order(5)
    @RunUnder(model = PROCESSES, tasks = 4, concurrency = 2, rounds = 1)
    void worksAgain(TaskInfo task) {
        System.out.println("invoice " + task.index() + " sent");
    }
}
