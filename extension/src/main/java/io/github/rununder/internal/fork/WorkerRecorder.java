package io.github.rununder.internal.fork;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.profile.TaskRecording;
import java.util.function.Supplier;

/**
 * The worker's side of a recording: starts a {@link TaskRecording} of this JVM's task threads
 * when the test JVM asks, and answers with what it saw when asked to stop. A worker that cannot
 * record says why, at the start and again with an empty {@link Activity} at the stop, so the test
 * JVM never waits for an answer that does not come. One recording at a time; a session's end
 * closes the one still on.
 */
final class WorkerRecorder implements AutoCloseable {

    private final Supplier<TaskRecording> start;
    private TaskRecording recording;
    /** Why there is no recording, following "worker 3 ": {@code could not record: ...}. */
    private String problem = "was not recording";

    /** Records with {@code start}: {@link TaskRecording#start()} in a worker, a stand-in in tests. */
    WorkerRecorder(Supplier<TaskRecording> start) {
        this.start = start;
    }

    /** A recorder of this JVM's task threads; where it cannot record, it says why. */
    static WorkerRecorder ofThisJvm() {
        return new WorkerRecorder(TaskRecording::start);
    }

    /** Starts recording, closing any recording still on. */
    Message.RecordingStarted start(Message.StartRecording asked) {
        close();
        try {
            recording = start.get();
            problem = null;
        } catch (RuntimeException | LinkageError e) {
            problem = "could not record: " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return new Message.RecordingStarted(asked.recording(), problem);
    }

    /** Stops recording and says what it saw; an empty activity and the reason where it saw nothing. */
    Message.Recorded stop(Message.StopRecording asked) {
        if (recording == null) {
            return new Message.Recorded(asked.recording(), problem, Activity.none());
        }
        TaskRecording stopping = recording;
        recording = null;
        problem = "was not recording";
        try {
            return new Message.Recorded(asked.recording(), null, stopping.stop());
        } catch (RuntimeException | LinkageError e) {
            stopping.close();
            return new Message.Recorded(asked.recording(), "failed to read its recording: " + e, Activity.none());
        }
    }

    /** Answers a stop outside a test: nothing was recorded there. */
    static Message.Recorded notInTest(Message.StopRecording asked) {
        return new Message.Recorded(asked.recording(), "was not in the test", Activity.none());
    }

    /** Answers a start outside a test, where no task runs to be recorded. */
    static Message.RecordingStarted refusedOutsideTest(Message.StartRecording asked) {
        return new Message.RecordingStarted(asked.recording(), "was not in the test");
    }

    /** Stops the recording still on, if any, without reading it. */
    @Override
    public void close() {
        if (recording != null) {
            TaskRecording open = recording;
            recording = null;
            problem = "was not recording";
            try {
                open.close();
            } catch (RuntimeException ignored) {
                // what it recorded is given up on anyway
            }
        }
    }
}
