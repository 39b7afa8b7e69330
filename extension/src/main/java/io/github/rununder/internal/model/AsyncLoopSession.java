package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.blocking.LoopWatch;
import io.github.rununder.internal.measure.LoopBlocking;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.internal.measure.RoundTiming;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Model#ASYNC}: one event-loop thread issues every task.
 *
 * <p>The first, unmeasured task (run by {@link #prepare}) tells the two kinds of workload apart. A
 * task that calls {@code completesWith} is asynchronous: the loop runs its synchronous part,
 * registers a callback on its stage and moves on, keeping at most {@code concurrency} stages in
 * flight; each completion posts the next issue back to the loop. A task that returns without a
 * stage is blocking: the loop hands each one to an executor of {@code concurrency} platform
 * threads, asyncio's {@code run_in_executor}, and issues the next when one completes.
 *
 * <p>Unless {@link BlockingMode#OFF}, a {@link LoopWatch} times the synchronous part of every
 * asynchronous task on the loop, to find tasks that block it (sleep, wait, blocking IO before
 * handing over their stage). Blocking tasks are not watched: they run on the executor by design.
 */
final class AsyncLoopSession extends InProcessSession {

    enum Kind {
        ASYNCHRONOUS,
        BLOCKING
    }

    private final Carriers loopThread = new Carriers("rununder-async-loop");
    private final Carriers executorThreads = new Carriers("rununder-async-executor");
    private final ExecutorService loop = Executors.newSingleThreadExecutor(loopThread);
    private volatile ThreadPoolExecutor executor;
    private volatile Kind kind;
    private volatile LoopWatch watch;

    AsyncLoopSession(int tasks, int concurrency, TaskInvoker invoker, BlockingMode blocking) {
        super(Model.ASYNC, tasks, concurrency, invoker);
        this.watch = blocking == BlockingMode.OFF ? null : new LoopWatch(AsyncLoopSession.class);
    }

    @Override
    public void prepare(int probeRound, Deadline deadline) throws TimeoutException {
        RoundTracker probe = new RoundTracker(model, probeRound, 1, null);
        long start = System.nanoTime();
        awaitRound(probe, deadline, () -> post(() -> issueProbe(probe)));
        if (kind == Kind.BLOCKING && watch != null) {
            watch.close();
            watch = null;
        }
        endWatchedRound(probe, System.nanoTime() - start, deadline);
    }

    private void issueProbe(RoundTracker probe) {
        int index = probe.claim();
        long start = System.nanoTime();
        TaskContext context = new TaskContext(index, probe.round(), model, -1);
        CompletionStage<?> pending;
        if (watch != null) {
            watch.roundStarting(false);
        }
        try {
            invokeOnLoop(context);
            pending = context.seal();
        } catch (Throwable error) {
            probe.failed(index, error);
            return;
        }
        if (pending == null) {
            ThreadPoolExecutor offload = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), executorThreads);
            offload.prestartAllCoreThreads();
            executor = offload;
            kind = Kind.BLOCKING;
            probe.succeeded(start, System.nanoTime());
        } else {
            kind = Kind.ASYNCHRONOUS;
            pending.whenComplete((value, error) -> complete(probe, index, start, error));
        }
    }

    /** How the probe classified the workload, or {@code null} before {@link #prepare}. */
    Kind kind() {
        return kind;
    }

    @Override
    public List<Note> notes() {
        if (kind == Kind.BLOCKING) {
            return List.of(new Note(Note.Kind.CARRIERS, "blocking tasks (no completesWith) offloaded to an executor of "
                    + concurrency + " threads, like asyncio's run_in_executor"));
        }
        if (kind == Kind.ASYNCHRONOUS) {
            return List.of(new Note(Note.Kind.CARRIERS, "asynchronous tasks (completesWith) issued from one event-loop"
                    + " thread, at most " + concurrency + " in flight"));
        }
        return List.of();
    }

    @Override
    void start(RoundTracker tracker, Deadline deadline) {
        int initial = Math.min(concurrency, tracker.tasks());
        post(() -> {
            if (watch != null) {
                watch.roundStarting(tracker.measured());
            }
            for (int i = 0; i < initial; i++) {
                issue(tracker);
            }
        });
    }

    @Override
    void beforeRound() {
        if (watch != null) {
            watch.beforeRound();
        }
    }

    @Override
    void afterRound(RoundTracker tracker, RoundTiming timing, Deadline deadline) throws TimeoutException {
        endWatchedRound(tracker, timing.wallNanos(), deadline);
    }

    /** Tells the watch, on the loop thread, that a round ended; outside the round's timing. */
    private void endWatchedRound(RoundTracker tracker, long wallNanos, Deadline deadline) throws TimeoutException {
        LoopWatch current = watch;
        if (current == null) {
            return;
        }
        try {
            loop.submit(() -> current.roundEnded(wallNanos))
                    .get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | RejectedExecutionException e) {
            throw new IllegalStateException("the event loop failed between rounds", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deadline.interrupted(model, "the event loop did not end " + RoundNames.of(tracker.round()));
        } catch (TimeoutException e) {
            close();
            throw deadline.expired(model, "the event loop did not end " + RoundNames.of(tracker.round())
                    + "; its threads were interrupted");
        }
    }

    @Override
    public Optional<LoopBlocking> loopBlocking() {
        return watch == null ? Optional.empty() : watch.findings();
    }

    /** Runs a task's synchronous part on the loop thread, watched. */
    private void invokeOnLoop(TaskContext context) throws Throwable {
        LoopWatch current = watch;
        if (current == null) {
            TaskExecution.invoke(invoker, context);
            return;
        }
        current.taskEntering(context.index());
        try {
            TaskExecution.invoke(invoker, context);
        } finally {
            current.taskLeft();
        }
    }

    /** Issues the next task of the round; runs on the loop thread. */
    private void issue(RoundTracker tracker) {
        int index = tracker.claim();
        if (index < 0) {
            return;
        }
        long start = System.nanoTime();
        if (kind == Kind.BLOCKING) {
            executor.execute(() -> {
                tracker.run(invoker, index, Carriers.currentId(), start);
                post(() -> issue(tracker));
            });
            return;
        }
        TaskContext context = new TaskContext(index, tracker.round(), model, -1);
        CompletionStage<?> pending;
        try {
            invokeOnLoop(context);
            pending = context.seal();
        } catch (Throwable error) {
            tracker.failed(index, error);
            return;
        }
        if (pending == null) {
            complete(tracker, index, start, null);
        } else {
            pending.whenComplete((value, error) -> complete(tracker, index, start, error));
        }
    }

    private void complete(RoundTracker tracker, int index, long start, Throwable error) {
        if (error != null) {
            tracker.failed(index, error);
            return;
        }
        tracker.succeeded(start, System.nanoTime());
        post(() -> issue(tracker));
    }

    private void post(Runnable action) {
        try {
            loop.execute(action);
        } catch (RejectedExecutionException closed) {
            // The session was closed (timeout or failure); late completions have nowhere to go.
        }
    }

    @Override
    long taskCpuNanos() {
        long loopCpu = loopThread.cpuNanos();
        long executorCpu = executorThreads.cpuNanos();
        return loopCpu < 0 || executorCpu < 0 ? -1 : loopCpu + executorCpu;
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        loop.shutdownNow();
        ThreadPoolExecutor offload = executor;
        if (offload != null) {
            offload.shutdownNow();
        }
    }
}
