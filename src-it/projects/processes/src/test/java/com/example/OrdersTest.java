package com.example;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** A {@code @RunUnder} method in a {@code @Nested} class, with state from both classes' {@code @BeforeEach}. */
class OrdersTest {

    private String region;

    @BeforeEach
    void openRegion() {
        region = "eu-west";
    }

    @Nested
    class WhenPaid {

        private String status;

        @BeforeEach
        void pay() {
            status = "paid in " + region;
        }

        @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 4, concurrency = 2, rounds = 2)
        void ship(TaskInfo task) {
            assertEquals("eu-west", region);
            assertEquals("paid in eu-west", status);
        }
    }
}
