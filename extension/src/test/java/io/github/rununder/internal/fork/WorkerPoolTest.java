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
    void aRoundCarriesTheWorkersJitActivity() throws Exception {
        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, 2, StartupCache.off())) {
            ProcessSession session = ProcessSession.forTest(pool, Loads.class, "[engine:junit-jupiter]/[class:"
                    + Loads.class.getName() + "]/[test-template:task(io.github.rununder.TaskInfo)]", java.util.Map.of(), List.of(), 4,
                    2);
            io.github.rununder.internal.model.Deadline deadline = io.github.rununder.internal.model.Deadline.start(
                    new io.github.rununder.internal.plan.TimeLimit(Duration.ofMinutes(2), "test"));
            session.prepare(-1, deadline);
            io.github.rununder.internal.measure.RoundTiming first = session.runRound(0, null, deadline);
            session.finish(deadline);
            session.close();

            // Each task loads a class of its own for the first time in its worker: at least four in all.
            assertThat(first.loadedClasses()).isGreaterThanOrEqualTo(4);
            assertThat(first.compilationNanos()).isNotNegative();
        }
    }

    static class Loads {
        @io.github.rununder.RunUnder(model = io.github.rununder.Model.PROCESSES, tasks = 4, concurrency = 2)
        void task(io.github.rununder.TaskInfo task) throws ClassNotFoundException {
            Class.forName(Loads.class.getName() + "$Loaded" + task.index());
        }

        static class Loaded0 {}

        static class Loaded1 {}

        static class Loaded2 {}

        static class Loaded3 {}
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
