package io.github.rununder.internal.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The worker JVMs of one test JVM: started on first use, kept for the rest of the run (across
 * methods and classes), and closed at its end — by JUnit, which closes it with the root
 * extension context's store, or by a shutdown hook if the JVM exits first. Workers that crashed
 * or hung are destroyed and replaced by new ones on the next acquisition. Worker numbers are the
 * lowest free ones, so a method using four workers sees numbers 0 to 3.
 */
public final class WorkerPool implements AutoCloseable {

    private final Path directory;
    private final List<Worker> idle = new ArrayList<>();
    private final List<Worker> all = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::closeWorkers, "rununder-worker-pool-shutdown");
    private boolean closed;

    public WorkerPool() {
        try {
            this.directory = Files.createTempDirectory("rununder-workers-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for worker argument files", e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** What {@link #acquire} returns: the workers, and how many of them it had to start. */
    record Lease(List<Worker> workers, int started) {}

    /**
     * Hands out {@code count} ready workers of {@code spec}, starting the missing ones in parallel.
     * Idle workers of other specs are shut down first, so the pool does not grow without bound.
     *
     * @throws WorkerException when a worker cannot start
     * @throws TimeoutException when the workers are not ready within {@code timeoutNanos}
     */
    synchronized Lease acquire(ForkSpec spec, int count, long timeoutNanos) throws TimeoutException {
        if (closed) {
            throw new IllegalStateException("the worker pool is closed");
        }
        for (Worker worker : new ArrayList<>(idle)) {
            if (!worker.alive()) {
                discarded(worker);
            }
        }
        List<Worker> lease = new ArrayList<>();
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
                    other.shutdown();
                }
            }
            lease.addAll(start(spec, missing, timeoutNanos));
        }
        lease.sort(Comparator.comparingInt(Worker::id));
        return new Lease(lease, missing);
    }

    private List<Worker> start(ForkSpec spec, int count, long timeoutNanos) throws TimeoutException {
        List<CompletableFuture<Worker>> starting = new ArrayList<>();
        for (int id : freeIds(count)) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Worker.start(id, spec, directory, timeoutNanos);
                } catch (IOException e) {
                    throw new WorkerException("worker " + id + " could not be started: " + e.getMessage(), e);
                }
            }));
        }
        List<Worker> started = new ArrayList<>();
        RuntimeException failure = null;
        boolean late = false;
        long deadline = System.nanoTime() + timeoutNanos;
        for (CompletableFuture<Worker> future : starting) {
            try {
                Worker worker = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                all.add(worker);
                started.add(worker);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new WorkerException(e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                late = true;
            } catch (TimeoutException e) {
                future.thenAccept(Worker::destroy);
                late = true;
            }
        }
        if (failure != null || late) {
            idle.addAll(started);
            if (failure != null) {
                throw failure;
            }
            throw new TimeoutException(starting.size() + " workers were not ready in time");
        }
        return started;
    }

    private List<Integer> freeIds(int count) {
        TreeSet<Integer> used = new TreeSet<>();
        all.forEach(worker -> used.add(worker.id()));
        List<Integer> free = new ArrayList<>();
        for (int id = 0; free.size() < count; id++) {
            if (!used.contains(id)) {
                free.add(id);
            }
        }
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
                discard(worker);
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

    private synchronized void closeWorkers() {
        if (closed) {
            return;
        }
        closed = true;
        List<Worker> workers = new ArrayList<>(all);
        all.clear();
        idle.clear();
        workers.forEach(Worker::shutdown);
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
