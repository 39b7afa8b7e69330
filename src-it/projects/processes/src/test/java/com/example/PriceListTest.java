package com.example;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each task needs the price list its {@code @BeforeEach} loads, in the JVM that runs the task, and
 * prints a lot while it works: under PROCESSES, about 2 MB from the workers.
 */
class PriceListTest {

    private static final String FILLER = "é✓ ".repeat(10);

    private Map<String, Integer> prices;
    private long loadedInJvm;

    @BeforeEach
    void loadPrices() {
        prices = Map.of("apple", 3, "pear", 4, "plum", 2, "fig", 7);
        loadedInJvm = ProcessHandle.current().pid();
    }

    @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 8, concurrency = 2, rounds = 2)
    void quote(TaskInfo task) {
        assertNotNull(prices, "the price list from @BeforeEach");
        assertEquals(ProcessHandle.current().pid(), loadedInJvm, "@BeforeEach ran in the JVM that runs the task");
        String fruit = new String[] {"apple", "pear", "plum", "fig"}[task.index() % 4];
        int lines = task.model() == PROCESSES ? 1_000 : 10;
        for (int line = 0; line < lines; line++) {
            System.out.println("quote " + task.index() + " line " + line + ": " + fruit + " costs " + prices.get(fruit)
                    + " " + FILLER);
        }
        System.err.print("a warning without a line end, ");
        System.out.println("quoted " + fruit + " for task " + task.index() + " of round " + task.round());
    }
}
