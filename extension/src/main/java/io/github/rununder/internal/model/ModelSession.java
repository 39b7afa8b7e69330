package io.github.rununder.internal.model;

import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.Model;
import io.github.rununder.internal.measure.JitActivity;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.measure.Note;
import java.util.concurrent.TimeoutException;

/**
 * One model, ready to run rounds: threads started, workers forked. Opened once per model run
 * (and again for extra interleaved rounds); closing it stops and interrupts what it started.
 */
public interface ModelSession extends AutoCloseable {

    /** The model this session runs. */
    Model model();

    /**
     * Gets ready for the first round, outside any round's timing: forks workers, or runs the
     * first, unmeasured task to learn how the workload behaves. Called once, before any round.
     *
     * @param probeRound the round number to give a task run while preparing
     * @param deadline when the model run must have finished
     * @throws TimeoutException when the deadline passes, or the driving thread is interrupted
     */
    default void prepare(int probeRound, Deadline deadline) throws TimeoutException {}

    /** Facts about how the session ran the workload, for the node and the report. */
    default java.util.List<Note> notes() {
        return java.util.List.of();
    }

    /** What blocked the {@code ASYNC} event loop during the measured rounds; asked once, after them. */
    default java.util.Optional<io.github.rununder.internal.measure.LoopBlocking> loopBlocking() {
        return java.util.Optional.empty();
    }

    /**
     * How much the JVMs running the tasks have compiled and loaded so far, for telling when the
     * code is warm: this JVM's figures for in-process models; forked models add up their workers'.
     */
    default JitActivity jitActivity() {
        return JitActivity.ofThisJvm();
    }

    /**
     * Starts recording what the tasks' threads do, where the tasks run: this JVM for in-process
     * models; a forked model records in each of its workers and adds up what they saw. Called
     * between rounds; the recording is stopped after the rounds it should cover.
     *
     * @throws IllegalStateException when the JVMs running the tasks cannot record
     */
    default io.github.rununder.internal.profile.TaskRecording startRecording() {
        return io.github.rununder.internal.profile.TaskRecording.start();
    }

    /** Nanoseconds that {@link #prepare} spent starting workers, or {@code -1} when it started none. */
    default long startupNanos() {
        return -1;
    }

    /**
     * Runs one round of tasks and returns when all of them completed.
     *
     * @param round the round number passed to {@code TaskInfo.round()}, negative for warm-up
     * @param latencies where to record each task's latency, or {@code null} to record none
     * @param deadline when the model run must have finished
     * @throws io.github.rununder.TaskFailedException when a task fails; the rest of the round is abandoned
     * @throws TimeoutException when the deadline passes, or the driving thread is interrupted
     */
    RoundTiming runRound(int round, Latencies latencies, Deadline deadline) throws TimeoutException;

    /**
     * Ends a session whose rounds all succeeded, checking that it ended well: forked workers leave
     * the test method, and a failure of its {@code @AfterEach} there fails the run. Called before
     * {@link #close()} on the successful path only.
     *
     * @throws TimeoutException when the deadline passes first
     */
    default void finish(Deadline deadline) throws TimeoutException {}

    /** Stops the session's threads or workers, interrupting tasks still running. */
    @Override
    void close();
}
