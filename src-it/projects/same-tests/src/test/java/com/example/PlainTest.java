package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Ordinary tests beside the @RunUnder ones: with parallel classes on, they must neither block nor be blocked for good. */
class PlainTest {

    @Test
    void adds() {
        // Tells the integration test which thread ran it: JUnit's parallel executor, or the main thread.
        System.out.println("PlainTest ran on thread " + Thread.currentThread().getName());
        assertEquals(4, 2 + 2);
    }

    @Test
    void naps() throws InterruptedException {
        Thread.sleep(50);
    }
}
