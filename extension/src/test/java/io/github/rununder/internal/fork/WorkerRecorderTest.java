package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.profile.TaskRecording;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The worker's side of a recording, with stand-ins for the flight recording. */
class WorkerRecorderTest {

    private static final Activity SLEPT = new Activity(Map.of(TimePart.SLEEP, 80_000_000L), Map.of(), 0, 0, List.of(),
            0, 0, List.of(), 100_000_000L);

    @Test
    void whatTheRecordingSawIsSentBackUnderTheNumberTheTestJvmGave() {
        Recording recording = new Recording(SLEPT);
        WorkerRecorder recorder = new WorkerRecorder(() -> recording);

        assertThat(recorder.start(new Message.StartRecording(7))).isEqualTo(new Message.RecordingStarted(7, null));
        assertThat(recorder.stop(new Message.StopRecording(7))).isEqualTo(new Message.Recorded(7, null, SLEPT));
        assertThat(recording.closed).as("closed after it was read").isFalse();
    }

    @Test
    void aWorkerThatCannotRecordSaysWhyAtTheStartAndAgainWithNothingAtTheStop() {
        WorkerRecorder recorder = new WorkerRecorder(() -> {
            throw new IllegalStateException("this JVM has no jdk.jfr module");
        });

        assertThat(recorder.start(new Message.StartRecording(1))).isEqualTo(
                new Message.RecordingStarted(1, "could not record: this JVM has no jdk.jfr module"));
        assertThat(recorder.stop(new Message.StopRecording(1))).isEqualTo(
                new Message.Recorded(1, "could not record: this JVM has no jdk.jfr module", Activity.none()));
    }

    @Test
    void aStopWithoutAStartAnswersThatNothingWasRecorded() {
        WorkerRecorder recorder = new WorkerRecorder(failing());

        assertThat(recorder.stop(new Message.StopRecording(2))).isEqualTo(
                new Message.Recorded(2, "was not recording", Activity.none()));
    }

    @Test
    void aRecordingThatCannotBeReadIsClosedAndTheAnswerSaysWhy() {
        Recording broken = new Recording(null);
        WorkerRecorder recorder = new WorkerRecorder(() -> broken);
        recorder.start(new Message.StartRecording(1));

        Message.Recorded answer = recorder.stop(new Message.StopRecording(1));

        assertThat(answer.problem()).isEqualTo("failed to read its recording: java.lang.IllegalStateException:"
                + " the recording file is gone");
        assertThat(answer.activity()).isEqualTo(Activity.none());
        assertThat(broken.closed).isTrue();
    }

    @Test
    void theSessionsEndClosesARecordingStillOnAndASecondStartReplacesTheFirst() {
        Recording first = new Recording(SLEPT);
        Recording second = new Recording(SLEPT);
        List<Recording> recordings = new java.util.ArrayList<>(List.of(first, second));
        WorkerRecorder recorder = new WorkerRecorder(() -> recordings.remove(0));

        recorder.start(new Message.StartRecording(1));
        recorder.start(new Message.StartRecording(2));
        assertThat(first.closed).as("the first, replaced").isTrue();
        recorder.close();

        assertThat(second.closed).as("the second, at the session's end").isTrue();
        assertThat(recorder.stop(new Message.StopRecording(2)).problem()).isEqualTo("was not recording");
    }

    private static Supplier<TaskRecording> failing() {
        return () -> {
            throw new AssertionError("no recording expected");
        };
    }

    /** Gives {@code seen} when stopped, or fails to read when it is {@code null}. */
    private static final class Recording extends TaskRecording {
        private final Activity seen;
        boolean closed;

        Recording(Activity seen) {
            this.seen = seen;
        }

        @Override
        public Activity stop() {
            if (seen == null) {
                throw new IllegalStateException("the recording file is gone");
            }
            return seen;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
