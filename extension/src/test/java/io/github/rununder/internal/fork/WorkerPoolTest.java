package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.rununder.testing.Workers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @AfterEach
    void noWorkerOutlivesItsPool() {
        Workers.assertNoneLeft();
    }

    @Test
    void aWorkerThatDiedWhileIdleIsReplacedOnTheNextLease() throws Exception {
        try (WorkerPool pool = new WorkerPool()) {
            ForkSpec spec = ForkSpec.forTest(WorkerPoolTest.class, List.of());
            WorkerPool.Lease first = pool.acquire(spec, 2, TimeUnit.MINUTES.toNanos(1));
            assertThat(first.started()).isEqualTo(2);
            pool.release(first.workers());
            Worker killed = first.workers().get(0);
            Worker survivor = first.workers().get(1);

            ProcessHandle.of(killed.pid()).ifPresent(ProcessHandle::destroyForcibly);
            await("the killed worker to exit").atMost(Duration.ofSeconds(30)).until(() -> !killed.alive());
            WorkerPool.Lease second = pool.acquire(spec, 2, TimeUnit.MINUTES.toNanos(1));

            assertThat(second.started()).as("workers started for the second lease").isEqualTo(1);
            assertThat(second.workers()).contains(survivor).doesNotContain(killed).hasSize(2);
            assertThat(pool.pids()).doesNotContain(killed.pid()).hasSize(2);
            pool.release(second.workers());
        }
    }
}
