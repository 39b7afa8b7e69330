package io.github.rununder.internal.fork;

import io.github.rununder.WorkerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The worker JVMs of one test JVM: started on first use, kept for the rest of the run (across
 * methods and classes), and closed at its end — by JUnit, which closes it with the root
 * extension context's store, or by a shutdown hook if the JVM exits first. Workers that crashed
 * or hung are destroyed and replaced by new ones on the next acquisition. Worker numbers are the
 * lowest free ones, so a method using four workers sees numbers 0 to 3.
 *
 * <p>Nothing it starts escapes it: a process is tracked from the moment it is spawned, a start
 * that fails or is interrupted destroys its process, workers that became ready for an acquisition
 * that was given up on stay in the pool, and closing the pool asks every worker to exit (so their
 * shutdown hooks run), destroys those that do not, and destroys processes still starting.
 *
 * <p>Missing workers start at most {@link #startParallelism} at a time: a machine with few cores
 * boots a crowd of JVMs no faster than a few at a time, and each waits longer.
 */
public final class WorkerPool implements AutoCloseable {

    private final Path directory;
    private final Spawner spawner;
    private final int startParallelism;
    private final StartupCache cache;
    private final List<Worker> idle = new ArrayList<>();
    private final List<Worker> all = new ArrayList<>();
    private final Set<Process> starting = new HashSet<>();
    private final Set<Integer> reservedIds = new HashSet<>();
    private final Thread shutdownHook = new Thread(this::closeWorkers, "rununder-worker-pool-shutdown");
    private ExecutorService starter;
    private boolean closed;

    /** A pool with the default start-up cache (see {@link StartupCache#fromBuildDirectory()}). */
    public WorkerPool() {
        this(Spawner.PROCESS_BUILDER, defaultStartParallelism(), StartupCache.fromBuildDirectory());
    }

    /** A pool using {@code cache} to start workers faster. */
    public WorkerPool(StartupCache cache) {
        this(Spawner.PROCESS_BUILDER, defaultStartParallelism(), cache);
    }

    WorkerPool(Spawner spawner, int startParallelism, StartupCache cache) {
        this.spawner = spawner;
        this.startParallelism = startParallelism;
        this.cache = cache;
        try {
            this.directory = Files.createTempDirectory("rununder-workers-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for worker argument files", e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** As many starts at a time as there are cores, and at least two. */
    static int defaultStartParallelism() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** What {@link #acquire} returns: the workers, and how many of them it had to start. */
    record Lease(List<Worker> workers, int started) {}

    /**
     * Hands out {@code count} ready workers of {@code spec}, starting the missing ones. Idle
     * workers of other specs are shut down first, so the pool does not grow without bound.
     *
     * @throws WorkerException when a worker cannot start
     * @throws TimeoutException when the workers are not ready within {@code timeoutNanos}
     * @throws InterruptedException when the calling thread is interrupted; the workers still starting are destroyed
     */
    Lease acquire(ForkSpec spec, int count, long timeoutNanos) throws TimeoutException, InterruptedException {
        return acquire(spec, count, timeoutNanos, null);
    }

    /**
     * As {@link #acquire(ForkSpec, int, long)}; the workers it starts are also sent {@code enter}
     * as part of their start, and keep what they answered as {@link Worker#takeEntry()}, so that
     * the bound on parallel starts covers spawn to inside the test.
     */
    Lease acquire(ForkSpec spec, int count, long timeoutNanos, Message enter) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        List<Worker> lease = new ArrayList<>();
        List<Integer> ids;
        List<Worker> others = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the worker pool is closed");
            }
            new ArrayList<>(idle).stream().filter(worker -> !worker.alive()).forEach(this::discarded);
            for (Worker worker : new ArrayList<>(idle)) {
                if (lease.size() < count && worker.spec().equals(spec)) {
                    idle.remove(worker);
                    lease.add(worker);
                }
            }
            int missing = count - lease.size();
            if (missing > 0) {
                for (Worker other : new ArrayList<>(idle)) {
                    if (!other.spec().equals(spec)) {
                        idle.remove(other);
                        all.remove(other);
                        others.add(other);
                    }
                }
            }
            ids = reserveIds(missing);
        }
        others.forEach(Worker::shutdown);
        try {
            lease.addAll(start(spec, ids, deadline, enter));
        } catch (TimeoutException | InterruptedException | RuntimeException e) {
            release(lease);
            throw e;
        }
        lease.sort(Comparator.comparingInt(Worker::id));
        return new Lease(lease, ids.size());
    }

    private List<Worker> start(ForkSpec spec, List<Integer> ids, long deadline, Message enter)
            throws TimeoutException, InterruptedException {
        if (ids.isEmpty()) {
            return List.of();
        }
        WorkerStart.Setup setup = new WorkerStart.Setup(directory, spawner, cache.startupArguments(spec), enter);
        List<Future<Worker>> futures = new ArrayList<>();
        Acquisition acquisition = new Acquisition();
        synchronized (this) {
            for (int id : ids) {
                futures.add(starter().submit(() -> startTracked(id, spec, setup, deadline, acquisition)));
            }
        }
        List<Worker> started = new ArrayList<>();
        RuntimeException failure = null;
        try {
            for (Future<Worker> future : futures) {
                try {
                    started.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause() instanceof RuntimeException r ? r
                            : new WorkerException("PROCESSES: a worker could not be started: " + e.getCause(), e.getCause());
                }
            }
        } catch (TimeoutException | InterruptedException e) {
            acquisition.abandon();
            futures.forEach(future -> future.cancel(true));
            giveUp(started, enter);
            if (e instanceof InterruptedException) {
                throw (InterruptedException) e;
            }
            throw new TimeoutException(ids.size() + " workers were not ready in time");
        } finally {
            synchronized (this) {
                reservedIds.removeAll(ids);
            }
        }
        if (failure != null) {
            giveUp(started, enter);
            throw failure;
        }
        return started;
    }

    /**
     * Workers started for an acquisition that failed: kept for later if they are only ready, but
     * destroyed if they entered a test, where they wait for tasks that will never come.
     */
    private void giveUp(List<Worker> started, Message enter) {
        if (enter == null) {
            release(started);
        } else {
            started.forEach(this::discard);
        }
    }

    /**
     * The processes one acquisition spawns that are not ready yet. Once it is abandoned
     * (interrupted, or out of time), they are destroyed in the background, so that the driving
     * thread reports at once, and any that gets ready later is destroyed instead of joining the
     * pool: a starter thread blocked where an interrupt cannot reach it (waiting for the worker's
     * hello) finishes its start after the acquisition gave up. Workers that were ready before are
     * the acquisition's to keep or discard.
     */
    private static final class Acquisition {
        private final List<Process> starting = new ArrayList<>();
        private boolean abandoned;

        synchronized void spawned(Process process) {
            if (abandoned) {
                destroyInBackground(List.of(process));
                throw new IllegalStateException("the acquisition was abandoned");
            }
            starting.add(process);
        }

        synchronized void ready(Process process) {
            starting.remove(process);
        }

        synchronized void abandon() {
            abandoned = true;
            destroyInBackground(List.copyOf(starting));
            starting.clear();
        }

        private static void destroyInBackground(List<Process> processes) {
            if (processes.isEmpty()) {
                return;
            }
            Thread destroyer = new Thread(() -> processes.forEach(Worker::destroy), "rununder-destroy-starting-workers");
            destroyer.setDaemon(false);
            destroyer.start();
        }

        synchronized boolean abandoned() {
            return abandoned;
        }
    }

    /** Starts one worker, known to the pool from spawn on; one that is ready after the pool closed is shut down. */
    private Worker startTracked(int id, ForkSpec spec, WorkerStart.Setup setup, long deadline, Acquisition acquisition)
            throws IOException {
        Process[] process = new Process[1];
        try {
            Worker worker = WorkerStart.start(id, spec, setup, deadline, spawned -> {
                process[0] = spawned;
                track(spawned);
                acquisition.spawned(spawned);
            });
            if (process[0] != null) {
                acquisition.ready(process[0]);
            }
            synchronized (this) {
                if (!closed && !acquisition.abandoned()) {
                    all.add(worker);
                    return worker;
                }
            }
            if (acquisition.abandoned()) {
                worker.destroy();
                throw new IllegalStateException("worker " + id + " was ready after its acquisition gave up");
            }
            worker.shutdown();
            throw new IllegalStateException("the worker pool closed while worker " + id + " started");
        } finally {
            if (process[0] != null) {
                synchronized (this) {
                    starting.remove(process[0]);
                }
            }
        }
    }

    private synchronized void track(Process process) {
        if (closed) {
            Worker.destroy(process);
            throw new IllegalStateException("the worker pool is closed");
        }
        starting.add(process);
    }

    private synchronized ExecutorService starter() {
        if (starter == null) {
            starter = Executors.newFixedThreadPool(startParallelism, task -> {
                Thread thread = new Thread(task, "rununder-worker-starter");
                thread.setDaemon(true);
                return thread;
            });
        }
        return starter;
    }

    private List<Integer> reserveIds(int count) {
        Set<Integer> used = new HashSet<>(reservedIds);
        all.forEach(worker -> used.add(worker.id()));
        List<Integer> free = new ArrayList<>();
        for (int id = 0; free.size() < count; id++) {
            if (!used.contains(id)) {
                free.add(id);
            }
        }
        reservedIds.addAll(free);
        return free;
    }

    /** Takes workers back; those that died are dropped, those already discarded left alone. */
    synchronized void release(List<Worker> workers) {
        for (Worker worker : workers) {
            if (!all.contains(worker)) {
                continue;
            }
            if (worker.alive() && !closed) {
                idle.add(worker);
            } else {
                discarded(worker);
            }
        }
    }

    /** Destroys a worker that cannot be trusted any more: crashed, hung or mid-task. */
    synchronized void discard(Worker worker) {
        discarded(worker);
    }

    /**
     * Destroys a worker in the background: for a timeout, whose failure must be reported before
     * JUnit's own timeout enforcement fires, while the worker gets its second to exit gracefully.
     */
    synchronized void discardLater(Worker worker) {
        idle.remove(worker);
        all.remove(worker);
        Thread destroyer = new Thread(worker::destroy, "rununder-destroy-worker-" + worker.id());
        destroyer.setDaemon(false);
        destroyer.start();
    }

    private void discarded(Worker worker) {
        idle.remove(worker);
        all.remove(worker);
        worker.destroy();
    }

    /** How many workers start at a time. */
    int startParallelism() {
        return startParallelism;
    }

    /** Where argument files are written while workers start. */
    Path directory() {
        return directory;
    }

    /** Process ids of the live workers, for tests that check none is left behind. */
    public synchronized List<Long> pids() {
        return all.stream().filter(Worker::alive).map(Worker::pid).toList();
    }

    @Override
    public void close() {
        closeWorkers();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or ran already
        }
    }

    private void closeWorkers() {
        List<Worker> workers;
        List<Process> half;
        ForkSpec trained;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            workers = new ArrayList<>(all);
            half = new ArrayList<>(starting);
            all.clear();
            idle.clear();
            starting.clear();
            if (starter != null) {
                starter.shutdownNow();
            }
            trained = workers.isEmpty() ? null : workers.get(0).spec();
        }
        half.forEach(Worker::destroy);
        workers.forEach(Worker::requestShutdown);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Worker.EXIT_SECONDS);
        workers.forEach(worker -> worker.awaitExit(deadline));
        // Training takes seconds: worth it when a run ends, not while the JVM is going down.
        if (trained != null && Thread.currentThread() != shutdownHook) {
            cache.afterRun(trained);
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
