package io.github.rununder;

/**
 * A concurrency model under which {@link RunUnder} runs a workload.
 *
 * <p>Every model runs the same tasks; they differ only in what carries them. The
 * {@code concurrency} of {@link RunUnder#concurrency()} means, per model:
 *
 * <table>
 *   <caption>What {@code concurrency} means for each model</caption>
 *   <tr><th>Model</th><th>{@code concurrency}</th><th>Shown as</th></tr>
 *   <tr><td>{@link #SEQUENTIAL}</td><td>ignored: one thread</td><td>{@code SEQUENTIAL}</td></tr>
 *   <tr><td>{@link #THREADS}</td><td>platform threads in a fixed pool</td><td>{@code THREADS ×8}</td></tr>
 *   <tr><td>{@link #VIRTUAL_THREADS}</td><td>virtual threads in flight at most</td><td>{@code VIRTUAL_THREADS ≤8}</td></tr>
 *   <tr><td>{@link #PROCESSES}</td><td>forked worker JVMs</td><td>{@code PROCESSES ×8}</td></tr>
 *   <tr><td>{@link #ASYNC}</td><td>asynchronous tasks in flight at most, and the size of the
 *       executor that blocking tasks are offloaded to</td><td>{@code ASYNC ≤8}</td></tr>
 * </table>
 */
public enum Model {

    /** Every task one after another on one thread: the baseline the others are compared with. */
    SEQUENTIAL,

    /** A fixed pool of {@code concurrency} platform threads, created before the first round. */
    THREADS,

    /**
     * One virtual thread per task, at most {@code concurrency} in flight.
     *
     * <p>Needs Java 21 or newer at run time. On an older JVM this model's run is aborted with a
     * reason (reported as skipped), never failed and never silently dropped; expectations naming
     * it are not checked.
     */
    VIRTUAL_THREADS,

    /**
     * A pool of {@code concurrency} forked worker JVMs, like Python's {@code multiprocessing.Pool};
     * the tasks of a round are spread over them. The test class's own JUnit lifecycle runs in each
     * worker. Worker start-up is measured and reported apart from the rounds.
     */
    PROCESSES,

    /**
     * Tasks are issued from one event-loop thread. A task that hands its pending result to
     * {@link TaskInfo#completesWith(java.util.concurrent.CompletionStage)} returns at once and stays
     * in flight, at most {@code concurrency} at a time; a plain blocking task is offloaded to an
     * executor of {@code concurrency} threads (Python's {@code run_in_executor}). The model tells
     * the two kinds apart on the first, unmeasured task: one extra invocation, with index 0 and
     * {@link TaskInfo#round()} {@code -warmup - 1}, before the warm-up rounds.
     */
    ASYNC;

    /** Whether this model runs its tasks in the test's own JVM. */
    public boolean inProcess() {
        return this != PROCESSES;
    }
}
