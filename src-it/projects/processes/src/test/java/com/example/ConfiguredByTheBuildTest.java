package com.example;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;

import io.github.rununder.RunUnder;
import org.junit.jupiter.api.BeforeAll;

/** Reads its database URL from a property Surefire's systemPropertyVariables sets, as most projects do. */
class ConfiguredByTheBuildTest {

    private static String jdbcUrl;

    @BeforeAll
    static void connect() {
        jdbcUrl = System.getProperty("orders.jdbcUrl");
        if (jdbcUrl == null) {
            throw new IllegalStateException("jdbcUrl is required");
        }
    }

    @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 4, concurrency = 2, rounds = 2)
    void query() {
        if (!jdbcUrl.equals("jdbc:h2:mem:orders")) {
            throw new IllegalStateException("connected to " + jdbcUrl);
        }
    }
}
