package io.github.rununder.samples;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import org.junit.jupiter.api.condition.EnabledIf;

/** CPU-bound work without allocation: counting primes by trial division. */
class PrimesSample {

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 16, concurrency = 2, warmup = 3)
    @EnabledIf(value = "io.github.rununder.samples.Machine#hasTwoCores",
            disabledReason = "two threads cannot compute faster than one on a single core")
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.3) // no GIL: both cores count primes
    // ASYNC offloads these blocking tasks to an executor of 2 threads and does as well as THREADS, but
    // its threads' waiting for a core is not recorded, so a claim on it could not be judged on a busy machine.
    void countPrimes(TaskInfo task) {
        int limit = 60_000 + task.index();
        int count = 0;
        for (int n = 2; n < limit; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        assertThat(count).isGreaterThan(6_000);
    }

    private static boolean isPrime(int n) {
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
