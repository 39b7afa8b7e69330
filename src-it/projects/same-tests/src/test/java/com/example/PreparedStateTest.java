package com.example;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * The task finds the state its @BeforeEach prepared, also in a PROCESSES worker, and every task of
 * a measured round runs once per model. The build narrows the models with rununder.models. The
 * verdict node's instance serves every model's interleaved rounds, one model at a time.
 */
class PreparedStateTest {

    private List<String> words;
    private final Set<String> ran = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void prepare() {
        words = new ArrayList<>(List.of("alpha", "beta", "gamma", "delta"));
    }

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 8, concurrency = 2,
            warmup = 1, rounds = 2)
    void lookUp(TaskInfo task, TestInfo info) {
        assertTrue(info.getTestMethod().isPresent(), "other parameter resolvers still work");
        String word = words.get(task.index() % words.size());
        assertEquals(word, words.get(task.index() % 4));
        if (!task.warmup()) {
            assertTrue(ran.add(task.model() + "/" + task.round() + "/" + task.index()),
                    "each task of a measured round runs once");
        }
    }

    @AfterEach
    void everyTaskRan(TestInfo info) {
        if (!info.getDisplayName().contains("PROCESSES") && !info.getDisplayName().contains("verdict")) {
            // Under PROCESSES the tasks ran in the workers' own instances, not in this one.
            assertEquals(2 * 8, ran.size(), "2 measured rounds of 8 tasks");
        }
    }
}
