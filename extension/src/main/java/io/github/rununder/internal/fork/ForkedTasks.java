package io.github.rununder.internal.fork;

import io.github.rununder.Model;
import io.github.rununder.Task;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.measure.LoopBlocking;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link Task} class of the code-driven API in forked worker JVMs, which rebuild it by
 * name through its public no-argument constructor. Without JUnit there is no test run to keep a
 * pool for, so each session starts its own workers and stops them when it closes.
 */
public final class ForkedTasks {

    private ForkedTasks() {}

    /**
     * Opens a {@link Model#PROCESSES} session of {@code plan.concurrency()} workers, each running
     * instances of {@code taskClass}.
     *
     * @param taskClass a class with a public no-argument constructor
     */
    public static ModelSession open(Class<? extends Task> taskClass, Plan plan) {
        WorkerPool pool = new WorkerPool();
        try {
            return new OwnPool(pool, ProcessSession.forTask(pool, taskClass, plan.jvmArgs(), plan.tasks(),
                    plan.concurrency()));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A session that closes its own pool, and with it its workers. */
    private record OwnPool(WorkerPool pool, ProcessSession session) implements ModelSession {

        @Override
        public Model model() {
            return session.model();
        }

        @Override
        public void prepare(int probeRound, Deadline deadline) throws TimeoutException {
            session.prepare(probeRound, deadline);
        }

        @Override
        public RoundTiming runRound(int round, Latencies latencies, Deadline deadline) throws TimeoutException {
            return session.runRound(round, latencies, deadline);
        }

        @Override
        public void finish(Deadline deadline) throws TimeoutException {
            session.finish(deadline);
        }

        @Override
        public List<String> notes() {
            return session.notes();
        }

        @Override
        public long startupNanos() {
            return session.startupNanos();
        }

        @Override
        public Optional<LoopBlocking> loopBlocking() {
            return session.loopBlocking();
        }

        @Override
        public void close() {
            try {
                session.close();
            } finally {
                pool.close();
            }
        }
    }
}
