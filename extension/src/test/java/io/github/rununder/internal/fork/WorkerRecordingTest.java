package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.internal.profile.TaskRecording;
import io.github.rununder.testing.Workers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recordings in real worker JVMs, through the pool, the channel and the worker's own test run. */
class WorkerRecordingTest {

    private static final String SLEEPS = "[engine:junit-jupiter]/[class:" + Sleeps.class.getName()
            + "]/[test-template:task(io.github.rununder.TaskInfo)]";

    private final Deadline deadline = Deadline.start(new TimeLimit(Duration.ofMinutes(2), "test"));

    @AfterEach
    void noWorkerIsLeft() {
        Workers.assertNoneLeft();
    }

    @Test
    void twoWorkersRecordTheirOwnSleepsAndTheSumHasBoth() throws Exception {
        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, 2, StartupCache.off());
                ProcessSession session = ProcessSession.forTest(pool, Sleeps.class, SLEEPS, Map.of(), List.of(), 4, 2)) {
            session.prepare(-1, deadline);
            session.runRound(-1, null, deadline);
            Activity seen;
            try (TaskRecording recording = session.startRecording()) {
                session.runRound(0, null, deadline);
                seen = recording.stop();
                assertThat(((ForkedRecording) recording).problems()).isEmpty();
            }
            session.finish(deadline);

            // Two tasks of 40 ms in worker 0 and two of 120 ms in worker 1: 320 ms, 80 or 240 with one worker
            // only. A sleep lasts at least what it asked for; 3 s bounds the overshoot loosely on a busy machine.
            assertThat(Duration.ofNanos(seen.waited(TimePart.SLEEP)))
                    .isBetween(Duration.ofMillis(310), Duration.ofSeconds(3));
            assertThat(seen.sites().get(TimePart.SLEEP)).as("where the tasks slept").isNotEmpty()
                    .allSatisfy(site -> assertThat(site.describe()).contains("Sleeps"));
            assertThat(pool.pids()).hasSize(2);
        }
    }

    @Test
    void workersWithoutTheFlightRecorderSayWhyTheyCannotRecordAndStillRunTheirTasks() throws Exception {
        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, 2, StartupCache.off());
                ProcessSession session = ProcessSession.forTest(pool, Sleeps.class, SLEEPS, Map.of(),
                        List.of("--limit-modules", "java.se,jdk.management,jdk.unsupported"), 4, 2)) {
            session.prepare(-1, deadline);

            assertThatThrownBy(session::startRecording).isInstanceOf(IllegalStateException.class)
                    .hasMessage("PROCESSES workers cannot record: worker 0 could not record: this JVM has no jdk.jfr"
                            + " module; worker 1 could not record: this JVM has no jdk.jfr module");
            session.runRound(0, null, deadline);
            session.finish(deadline);
        }
    }

    /** Worker 0's tasks sleep 40 ms, worker 1's 120 ms: the sum tells whether both were counted. */
    static class Sleeps {
        @RunUnder(model = Model.PROCESSES, tasks = 4, concurrency = 2)
        void task(TaskInfo task) throws InterruptedException {
            Thread.sleep(40L + 80L * task.workerId());
        }
    }
}
