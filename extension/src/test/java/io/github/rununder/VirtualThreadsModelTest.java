package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

class VirtualThreadsModelTest {

    @Test
    @EnabledForJreRange(max = JRE.JAVA_20)
    void isAbortedWithAReasonNamingJava21BeforeJava21() {
        KitRun run = RunUnderKit.run(Naps.class);

        run.node("[1] SEQUENTIAL").succeeded();
        run.node("[2] VIRTUAL_THREADS").aborted()
                .hasMessageStartingWith("VIRTUAL_THREADS needs Java 21 or newer; this JVM runs Java " + Runtime.version());
        run.node("[3] verdict").aborted()
                .hasMessageContaining("VIRTUAL_THREADS at least 2.0× faster than SEQUENTIAL: not checked,"
                        + " VIRTUAL_THREADS needs Java 21 or newer");
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void runsEachTaskOnItsOwnVirtualThreadFromJava21() {
        Naps.virtualThreads.clear();
        Naps.calls.set(0);
        Naps.inFlight.set(0);
        Naps.maxInFlight.set(0);
        KitRun run = RunUnderKit.run(Naps.class);

        run.node("[2] VIRTUAL_THREADS").succeeded();
        run.node("[3] verdict").succeeded();
        // 8 tasks in each of 1 warm-up and at least 2 measured rounds (more when the claim needs them
        // on a busy machine), each task on a virtual thread of its own.
        assertThat(Naps.calls.get()).isGreaterThanOrEqualTo(24).isEqualTo(Naps.calls.get() / 8 * 8);
        assertThat(Naps.virtualThreads).hasSize(Naps.calls.get());
        assertThat(Naps.maxInFlight).hasValueBetween(1, 4);
    }

    static class Naps {
        static final Set<String> virtualThreads = ConcurrentHashMap.newKeySet();
        static final AtomicInteger calls = new AtomicInteger();
        static final AtomicInteger inFlight = new AtomicInteger();
        static final AtomicInteger maxInFlight = new AtomicInteger();

        @RunUnder(model = {SEQUENTIAL, VIRTUAL_THREADS}, tasks = 8, concurrency = 4, warmup = 1, rounds = 2)
        @ExpectFaster(model = VIRTUAL_THREADS, than = SEQUENTIAL, atLeast = 2)
        void nap(TaskInfo task) throws InterruptedException {
            if (task.model() == VIRTUAL_THREADS) {
                assertThat(Thread.currentThread().toString()).startsWith("VirtualThread");
                virtualThreads.add(Thread.currentThread().toString());
                calls.incrementAndGet();
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            }
            Thread.sleep(20);
            if (task.model() == VIRTUAL_THREADS) {
                inFlight.decrementAndGet();
            }
        }
    }
}
