package io.github.rununder.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.model.TaskInvoker;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;

/**
 * Each in-process model runs its tasks through the frame the recording looks for: the sleeps of
 * one measured round are all seen, at the task's frame, whichever threads the model uses.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ModelsRecordingTest {

    private static final int TASKS = 4;

    @ParameterizedTest
    @EnumSource(value = Model.class, names = {"SEQUENTIAL", "THREADS", "VIRTUAL_THREADS", "ASYNC"})
    void seesEverySleepOfARound(Model model) throws Exception {
        assumeTrue(model != Model.VIRTUAL_THREADS || Runtime.version().feature() >= 21,
                "virtual threads arrived in JDK 21");
        // Under ASYNC, the loop runs the task's synchronous part, here the sleep, before the stage.
        TaskInvoker sleeps = task -> {
            Thread.sleep(20);
            if (model == Model.ASYNC) {
                task.completesWith(CompletableFuture.completedFuture(null));
            }
        };
        Deadline deadline = Deadline.start(new TimeLimit(Duration.ofSeconds(30), "test"));
        Activity activity;
        try (ModelSession session = InProcessModels.open(Arm.of(model, model == Model.SEQUENTIAL ? 1 : 2), TASKS,
                sleeps)) {
            session.prepare(-1, deadline);
            try (TaskRecording recording = session.startRecording()) {
                session.runRound(0, null, deadline);
                activity = recording.stop();
            }
            session.finish(deadline);
        }

        assertThat(activity.sites().get(TimePart.SLEEP)).singleElement().satisfies(site -> {
            assertThat(site.count()).isEqualTo(TASKS);
            assertThat(site.userFrame()).startsWith("ModelsRecordingTest.seesEverySleepOfARound:");
        });
        assertThat(activity.sites().get(TimePart.SLEEP)).extracting(TimeSite::what).containsExactly("Thread.sleep");
    }
}
