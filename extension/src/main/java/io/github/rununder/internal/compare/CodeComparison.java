package io.github.rununder.internal.compare;

import io.github.rununder.Model;
import io.github.rununder.ModelTimeoutException;
import io.github.rununder.Task;
import io.github.rununder.internal.engine.EngineSettings;
import io.github.rununder.internal.engine.Experiment;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.SessionSource;
import io.github.rununder.internal.fork.ProcessSession;
import io.github.rununder.internal.fork.WorkerPool;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelTimedOut;
import io.github.rununder.internal.model.VirtualThreads;
import io.github.rununder.internal.plan.Plan;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Runs a comparison of the code-driven API on the engine, without JUnit: the same steps the
 * annotation's nodes take, in a row. In-process models run the task itself; {@code PROCESSES}
 * runs it in worker JVMs that rebuild it by name, from a pool kept for the whole comparison (so
 * the interleaved rounds reuse the workers the model's own run started) and closed at its end.
 */
public final class CodeComparison {

    private final Plan plan;
    private final Task task;
    private final EngineSettings settings;

    /**
     * @param plan what to run, validated
     * @param task the task every model runs
     * @param settings the verdict budget and warm-up limit
     */
    public CodeComparison(Plan plan, Task task, EngineSettings settings) {
        this.plan = plan;
        this.task = task;
        this.settings = settings;
    }

    /**
     * Runs every model and returns what the comparison found.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws ModelTimeoutException when a model's rounds exceed the time limit
     */
    public ExperimentResult run() {
        Experiment experiment = new Experiment(plan, settings, Map.of());
        try (Workers workers = new Workers()) {
            SessionSource sessions = arm -> arm.model() == Model.PROCESSES
                    ? ProcessSession.forTask(workers.pool(), task.getClass(), plan.jvmArgs(), plan.tasks(),
                            arm.concurrency())
                    : InProcessModels.open(arm, plan.tasks(), task::run);
            for (Arm arm : plan.arms()) {
                if (arm.model() == Model.VIRTUAL_THREADS && !VirtualThreads.available()) {
                    experiment.aborted(arm, VirtualThreads.unavailableReason());
                    continue;
                }
                timed(arm, () -> experiment.measure(arm, sessions));
            }
            ExperimentResult[] result = new ExperimentResult[1];
            timed(null, () -> result[0] = experiment.conclude(sessions));
            return result[0];
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws TimeoutException;
    }

    /** Runs {@code step}, turning a missed deadline into the public exception that names the model. */
    private static void timed(Arm arm, Step step) {
        try {
            step.run();
        } catch (ModelTimedOut e) {
            throw new ModelTimeoutException(e.model(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("a timeout that names no model escaped " + arm + ": " + e.getMessage(), e);
        }
    }

    /** The comparison's worker pool, started on first use and closed with the comparison. */
    private static final class Workers implements AutoCloseable {

        private WorkerPool pool;

        WorkerPool pool() {
            if (pool == null) {
                pool = new WorkerPool();
            }
            return pool;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.close();
            }
        }
    }
}
