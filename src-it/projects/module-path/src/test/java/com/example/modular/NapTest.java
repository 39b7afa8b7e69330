package com.example.modular;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import org.junit.jupiter.api.Test;

/** A @RunUnder test on the module path: naps, threads against one after another. */
class NapTest {

    @RunUnder(model = {SEQUENTIAL, THREADS, ASYNC}, tasks = 12, concurrency = 6)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.0)
    void nap(TaskInfo task) throws InterruptedException {
        Thread.sleep(10);
    }

    @Test
    void runUnderIsTheNamedModuleAndItsInternalsAreNotExported() {
        Module runUnder = RunUnder.class.getModule();
        assertEquals("io.github.rununder", runUnder.getName());
        assertFalse(runUnder.isExported("io.github.rununder.internal.engine"), "internal packages are not exported");
        assertEquals(runUnder, NapTest.class.getModule().getLayer().findModule("io.github.rununder").orElseThrow());
    }
}
