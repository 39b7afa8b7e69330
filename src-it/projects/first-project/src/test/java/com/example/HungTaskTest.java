package com.example;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.RunUnder;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Timeout;

/** Waits for a reply that never comes: each model run must end after 3 s, and so must the build. */
class HungTaskTest {

    private final CountDownLatch reply = new CountDownLatch(1);

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 4, concurrency = 2)
    @Timeout(3)
    void waitForReply() throws InterruptedException {
        reply.await();
    }
}
