package io.github.rununder.samples;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * CPU-bound work: hashing a megabyte again and again. Python needs processes for this (the GIL
 * lets one thread compute at a time); on the JVM plain threads already use every core.
 */
class HashingSample {

    private static final byte[] DATA = new byte[1 << 20];

    static {
        Arrays.fill(DATA, (byte) 7);
    }

    // tag::hashing[]
    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 16, concurrency = 2, warmup = 3)
    @EnabledIf(value = "io.github.rununder.samples.Machine#hasTwoCores",
            disabledReason = "two threads cannot compute faster than one on a single core")
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.3)          // no GIL: both cores compute
    @ExpectFaster(model = THREADS, than = VIRTUAL_THREADS, atLeast = 0.7)     // virtual threads add no cores
    @ExpectFaster(model = PROCESSES, than = SEQUENTIAL, atLeast = 1.2)        // works too, pays start-up and IPC
    void sha256(TaskInfo task) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 8; i++) {
            digest.update(DATA);
        }
        if (digest.digest()[0] == task.index()) {
            Thread.onSpinWait(); // keep the result alive
        }
    }
    // end::hashing[]
}
