package io.github.rununder.internal.fork;

import io.github.rununder.WorkerException;
import io.github.rununder.internal.measure.JitActivity;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.Model;
import io.github.rununder.TaskFailedException;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.model.RoundNames;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.profile.TaskRecording;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Model#PROCESSES}: the tasks of each round spread over {@code concurrency} worker JVMs
 * (see {@link RoundDispatch}).
 *
 * <p>{@link #prepare} leases the workers (starting those the pool lacks, timed as start-up, never
 * as a round) and has each enter the test: run its lifecycle up to the method, then wait for
 * tasks. A round hands each worker its whole share of task indexes at once, then what is left in
 * guided batches (each half of what is left, spread over the workers) to the workers that finish
 * first, so work balances while messages stay few. Each worker runs its batch one task after
 * another and reports every task, then its CPU time. The round's wall time runs from the first
 * batch sent to the last task reported.
 *
 * <p>Between rounds, {@link #startRecording()} has every worker record its own tasks; the
 * recording's {@code stop()} gathers what they saw (see {@link ForkedRecording}).
 */
public final class ProcessSession implements ModelSession {

    private final WorkerPool pool;
    private final ForkSpec spec;
    private final Message target;
    private final String subject;
    private final int tasks;
    private final int concurrency;
    private final ClassLoader loader;
    private final BlockingQueue<WorkerEvent> events = new LinkedBlockingQueue<>();
    private final List<Note> notes = new ArrayList<>();
    private RoundDispatch dispatch;
    /** What the workers compiled and loaded in the batches so far, added up over them. */
    private JitActivity jit = new JitActivity(0, 0);
    private List<Worker> workers = List.of();
    private long startupNanos = -1;
    private boolean inTest;
    /** The model run's deadline, from {@link #prepare} on: a recording's waits end there too. */
    private Deadline deadline;
    private int recordings;
    private long recordingWaitNanos = ForkedRecording.WAIT_NANOS;

    private ProcessSession(WorkerPool pool, ForkSpec spec, Message target, String subject, int tasks, int concurrency,
            ClassLoader loader) {
        this.pool = pool;
        this.spec = spec;
        this.target = target;
        this.subject = subject;
        this.tasks = tasks;
        this.concurrency = concurrency;
        this.loader = loader;
    }

    /** A session running the {@code @RunUnder} method with {@code uniqueId} in each worker. */
    public static ProcessSession forTest(WorkerPool pool, Class<?> testClass, String uniqueId,
            Map<String, String> configuration, List<String> extraJvmArguments, int tasks, int concurrency) {
        refuseInWorker();
        return new ProcessSession(pool, ForkSpec.forTest(testClass, extraJvmArguments),
                new Message.RunTest(uniqueId, configuration, WorkerProperties.toForward(System.getProperties())),
                testClass.getSimpleName(), tasks, concurrency, testClass.getClassLoader());
    }

    /** A session running the {@code @RunUnder} method with {@code uniqueId} in workers of {@code spec}. */
    static ProcessSession forSpec(WorkerPool pool, ForkSpec spec, String uniqueId, int tasks, int concurrency,
            ClassLoader loader) {
        refuseInWorker();
        return new ProcessSession(pool, spec, new Message.RunTest(uniqueId, Map.of(),
                WorkerProperties.toForward(System.getProperties())), uniqueId, tasks, concurrency, loader);
    }

    /** A session building {@code taskClass} by its public no-argument constructor in each worker. */
    public static ProcessSession forTask(WorkerPool pool, Class<?> taskClass, List<String> extraJvmArguments,
            int tasks, int concurrency) {
        refuseInWorker();
        return new ProcessSession(pool, ForkSpec.forTest(taskClass, extraJvmArguments),
                new Message.RunTask(taskClass.getName(), WorkerProperties.toForward(System.getProperties())),
                taskClass.getSimpleName(), tasks, concurrency,
                taskClass.getClassLoader());
    }

    private static void refuseInWorker() {
        if (WorkerRuntime.inWorker()) {
            throw new IllegalStateException("PROCESSES cannot run inside a RunUnder worker: a worker never forks workers");
        }
    }

    @Override
    public Model model() {
        return Model.PROCESSES;
    }

    /**
     * Leases the workers; those the pool starts enter the test as part of their start (each start,
     * bounded by the pool, runs from spawn to inside the test), reused ones are asked to enter now.
     */
    @Override
    public void prepare(int probeRound, Deadline deadline) throws TimeoutException {
        this.deadline = deadline;
        long start = System.nanoTime();
        WorkerPool.Lease lease;
        try {
            lease = pool.acquire(spec, concurrency, Math.max(0, deadline.remainingNanos()), target);
        } catch (TimeoutException e) {
            throw deadline.expired(Model.PROCESSES, e.getMessage() + "; its workers were destroyed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deadline.interrupted(Model.PROCESSES, "while its workers started; its workers were destroyed");
        }
        workers = lease.workers();
        List<WorkerEvent> entries = new ArrayList<>();
        for (Worker worker : workers) {
            WorkerEvent entry = worker.takeEntry();
            worker.routeTo(events);
            if (entry == null) {
                send(worker, target, "entering the test");
            } else {
                entries.add(entry);
            }
        }
        inTest = true;
        for (int ready = 0; ready < workers.size(); ready++) {
            WorkerEvent event = ready < entries.size() ? entries.get(ready) : next(deadline, "entering the test");
            if (!(event.message() instanceof Message.SessionReady)) {
                throw unexpected(event, "before its tasks");
            }
        }
        long inside = System.nanoTime() - start;
        startupNanos = inside;
        if (lease.started() == workers.size()) {
            notes.add(new Note(Note.Kind.CARRIERS, workers.size() + " workers started (" + pool.startParallelism()
                    + " at a time) and inside the test after " + Durations.format(inside)));
        } else {
            notes.add(new Note(Note.Kind.CARRIERS, lease.started() + " of " + workers.size() + " workers started, the"
                    + " others reused; inside the test after " + Durations.format(inside)));
        }
    }

    @Override
    public RoundTiming runRound(int round, Latencies latencies, Deadline deadline) throws TimeoutException {
        dispatch = new RoundDispatch(round, tasks, workers, (worker, batch) -> send(worker, batch, "receiving tasks"));
        long start = System.nanoTime();
        long end = start;
        RoundCost cost = new RoundCost();
        int done = 0;
        dispatch.start();
        while (done < tasks || dispatch.batchesOut()) {
            WorkerEvent event = next(deadline, progress(round, done));
            Message message = event.message();
            if (message instanceof Message.TaskDone task) {
                end = System.nanoTime();
                done++;
                dispatch.taskDone(event.worker());
                if (latencies != null) {
                    latencies.record(task.latencyNanos());
                }
            } else if (message instanceof Message.BatchDone batch) {
                cost.add(batch);
                jit = jit.plus(new JitActivity(batch.compilationNanos() < 0 ? -1 : batch.compilationNanos() / 1_000_000,
                        batch.loadedClasses()));
                dispatch.batchDone(event.worker());
            } else if (message instanceof Message.TaskFailed failed) {
                throw new TaskFailedException(Model.PROCESSES, failed.index(), round,
                        RemoteThrowables.rebuild(failed.failure(), loader));
            } else {
                throw unexpected(event, "while running " + runningTasks(event.worker(), round));
            }
        }
        return cost.timing(end - start);
    }

    /**
     * Has every worker start recording its own tasks; what they saw is sent back and added up when
     * the recording stops. Between rounds only, once the workers are inside the test.
     *
     * @throws IllegalStateException when the workers are not inside the test, or none of them can record
     */
    @Override
    public TaskRecording startRecording() {
        if (!inTest) {
            throw new IllegalStateException("PROCESSES records only while its workers are inside the test,"
                    + " between prepare and finish");
        }
        return ForkedRecording.start(new RecordingLink(), workers, ++recordings);
    }

    /** How long a recording waits for the workers' answers; shorter in tests of a worker that never answers. */
    void recordingWaitNanos(long nanos) {
        recordingWaitNanos = nanos;
    }

    @Override
    public void finish(Deadline deadline) throws TimeoutException {
        List<String> problems = new ArrayList<>();
        RuntimeException first = null;
        for (Worker worker : workers) {
            send(worker, new Message.EndSession(), "leaving the test");
        }
        for (int finished = 0; finished < workers.size(); finished++) {
            WorkerEvent event = next(deadline, "leaving the test");
            if (event.message() instanceof Message.SessionFinished end) {
                event.worker().awaitOutput(end.outputMark());
                if (end.problem() == null) {
                    continue;
                }
            }
            RuntimeException problem = unexpected(event, "after its tasks");
            problems.add(problem.getMessage());
            first = first == null ? problem : first;
        }
        inTest = false;
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        if (inTest) {
            leaveQuietly();
        }
        pool.release(workers);
        workers.forEach(worker -> worker.routeTo(null));
    }

    /** After a failure: lets healthy workers leave the test, destroying any that do not in time. */
    private void leaveQuietly() {
        List<Worker> inside = new ArrayList<>();
        for (Worker worker : workers) {
            try {
                if (worker.alive()) {
                    worker.send(new Message.EndSession());
                    inside.add(worker);
                }
            } catch (IOException broken) {
                pool.discard(worker);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!inside.isEmpty()) {
            WorkerEvent event;
            try {
                event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                event = null;
            }
            if (event == null) {
                inside.forEach(pool::discard);
                break;
            }
            if (event.message() == null || event.message() instanceof Message.SessionFinished) {
                inside.remove(event.worker());
                if (event.message() == null) {
                    pool.discard(event.worker());
                }
            }
        }
        inTest = false;
    }

    @Override
    public List<Note> notes() {
        return List.copyOf(notes);
    }

    @Override
    public long startupNanos() {
        return startupNanos;
    }

    /** The workers' own figures, reported with every batch and added up over the workers. */
    @Override
    public JitActivity jitActivity() {
        return jit;
    }

    /** The next event, leaving out the answers of a recording that no longer waits for them. */
    private WorkerEvent next(Deadline deadline, String doing) throws TimeoutException {
        try {
            WorkerEvent event = events.poll(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
            while (event != null && event.message() != null && ForkedRecording.isRecordingAnswer(event.message())) {
                event = events.poll(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
            }
            if (event != null) {
                return event;
            }
            destroyAll();
            throw deadline.expired(Model.PROCESSES, doing + "; its workers were destroyed");
        } catch (InterruptedException e) {
            destroyAll();
            Thread.currentThread().interrupt();
            throw deadline.interrupted(Model.PROCESSES, doing + "; its workers were destroyed");
        }
    }

    private void destroyAll() {
        workers.forEach(pool::discardLater);
        inTest = false;
    }

    private void send(Worker worker, Message message, String doing) {
        try {
            worker.send(message);
        } catch (IOException e) {
            pool.discard(worker);
            throw worker.exited("while " + doing);
        }
    }

    /** A message that does not belong here: the worker crashed, exited, or its test failed. */
    private RuntimeException unexpected(WorkerEvent event, String when) {
        Worker worker = event.worker();
        if (event.message() == null) {
            pool.discard(worker);
            return worker.exited(when);
        }
        if (event.message() instanceof Message.SessionFinished finished) {
            worker.awaitOutput(finished.outputMark());
            String problem = finished.problem() == null ? "left " + subject + " early" : finished.problem();
            Throwable cause = finished.failure() == null ? null : RemoteThrowables.rebuild(finished.failure(), loader);
            WorkerException exception = new WorkerException("PROCESSES: worker " + worker.id() + " " + problem
                    + (cause == null ? "" : ": " + cause) + hint(finished), cause);
            pool.discard(worker);
            return exception;
        }
        pool.discard(worker);
        return new WorkerException("worker " + worker.id() + " sent " + event.message().getClass().getSimpleName()
                + " " + when + ", which does not belong there");
    }

    private String hint(Message.SessionFinished finished) {
        if (finished.problem() != null && (finished.problem().startsWith("could not load")
                || finished.problem().startsWith("could not build")
                || finished.problem().startsWith("found no test"))) {
            return ". A worker must load the class from the test class path and instantiate it as JUnit does"
                    + " (a top-level or static nested class, with a public no-argument constructor for a Task);"
                    + " make it so, or remove PROCESSES from 'model'";
        }
        return "";
    }

    /** What a recording borrows of this session: its channels, its events and its ways with faults. */
    private final class RecordingLink implements ForkedRecording.Link {
        @Override
        public void send(Worker worker, Message message, String doing) {
            ProcessSession.this.send(worker, message, doing);
        }

        @Override
        public WorkerEvent poll(long nanos) throws InterruptedException {
            return events.poll(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public RuntimeException fault(WorkerEvent event, String when) {
            return unexpected(event, when);
        }

        @Override
        public long waitNanos() {
            long left = deadline == null ? Long.MAX_VALUE : Math.max(0, deadline.remainingNanos());
            return Math.min(recordingWaitNanos, left);
        }

        @Override
        public boolean limitedByDeadline(long nanos) {
            return nanos < recordingWaitNanos;
        }

        @Override
        public boolean inTest() {
            return inTest;
        }

        @Override
        public void leftOut(String text) {
            notes.add(new Note(Note.Kind.CARRIERS, text));
        }
    }

    private String progress(int round, int done) {
        return done + " of " + tasks + " tasks of " + RoundNames.of(round) + " done, " + dispatch.inFlight()
                + " still running";
    }

    private String runningTasks(Worker worker, int round) {
        int task = dispatch.runningTask(worker);
        return task < 0 ? RoundNames.of(round) : "task " + task + " of " + RoundNames.of(round);
    }
}
