package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.WorkerException;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.internal.profile.TaskRecording;
import io.github.rununder.testing.Workers;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test JVM's side of a {@code PROCESSES} recording, against workers played by {@link FakePeer}
 * scripts that speak the channel's protocol: what the workers answer is added up, a worker that
 * does not answer is left out with a reason, one that dies fails the session, and nothing hangs.
 */
class ForkedRecordingTest {

    private static final long START = TimeUnit.SECONDS.toNanos(60);
    private static final String ID = "[engine:junit-jupiter]/[class:com.example.Fake]/[method:task()]";

    private final ForkSpec spec = ForkSpec.forTest(ForkedRecordingTest.class, List.of());
    private final Deadline deadline = Deadline.start(new TimeLimit(Duration.ofMinutes(2), "test"));

    @AfterEach
    void noWorkerIsLeft() {
        Workers.assertNoneLeft();
    }

    @Test
    void theWorkersActivitiesAreAddedUp() throws Exception {
        try (WorkerPool pool = pool(Stop.ANSWER, Stop.ANSWER);
                ProcessSession session = ProcessSession.forSpec(pool, spec, ID, 4, 2, loader())) {
            session.prepare(-1, deadline);
            TaskRecording recording = session.startRecording();
            session.runRound(0, null, deadline);
            Activity seen = recording.stop();
            session.finish(deadline);

            assertThat(seen.waited(TimePart.SLEEP)).as("100 ms from worker 0, 200 ms from worker 1")
                    .isEqualTo(300_000_000L);
            assertThat(seen.recordedNanos()).isEqualTo(1_000_000_000L);
            assertThat(((ForkedRecording) recording).problems()).isEmpty();
            assertThat(session.notes()).extracting(Note::text).noneMatch(text -> text.contains("time budget"));
        }
    }

    @Test
    void aWorkerThatDoesNotAnswerInTimeIsLeftOutWithAReasonAndItsLateAnswerIsDropped() throws Exception {
        try (WorkerPool pool = pool(Stop.ANSWER, Stop.LATE);
                ProcessSession session = ProcessSession.forSpec(pool, spec, ID, 4, 2, loader())) {
            session.prepare(-1, deadline);
            session.recordingWaitNanos(TimeUnit.SECONDS.toNanos(1));
            TaskRecording recording = session.startRecording();
            long start = System.nanoTime();
            Activity seen = recording.stop();

            // The wait is 1 s; 4 s bounds it loosely on a busy machine, and is still below the late answer's 5 s.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(seen.waited(TimePart.SLEEP)).isEqualTo(100_000_000L);
            assertThat(((ForkedRecording) recording).problems()).containsExactly(
                    "worker 1 sent no recording within 1.00 s");
            assertThat(session.notes()).extracting(Note::text).contains(
                    "The time budget covers 1 of 2 workers: worker 1 sent no recording within 1.00 s");
            session.runRound(0, null, deadline);
            session.finish(deadline);
        }
    }

    @Test
    void aWorkerThatDiesWhileRecordingFailsTheSessionAsAnyWorkerFaultDoes() throws Exception {
        try (WorkerPool pool = pool(Stop.ANSWER, Stop.DIE);
                ProcessSession session = ProcessSession.forSpec(pool, spec, ID, 4, 2, loader())) {
            session.prepare(-1, deadline);
            TaskRecording recording = session.startRecording();

            assertThatThrownBy(recording::stop).isInstanceOf(WorkerException.class)
                    .hasMessageStartingWith("PROCESSES: worker 1 ")
                    .hasMessageContaining("while sending its recording");
        }
    }

    @Test
    void whenNoWorkerCanRecordStartingFailsAndSaysWhy() throws Exception {
        try (WorkerPool pool = pool(Stop.CANNOT, Stop.CANNOT);
                ProcessSession session = ProcessSession.forSpec(pool, spec, ID, 4, 2, loader())) {
            session.prepare(-1, deadline);

            assertThatThrownBy(session::startRecording).isInstanceOf(IllegalStateException.class)
                    .hasMessage("PROCESSES workers cannot record: worker 0 could not record: this JVM has no jdk.jfr"
                            + " module; worker 1 could not record: this JVM has no jdk.jfr module");
            session.runRound(0, null, deadline);
            session.finish(deadline);
        }
    }

    @Test
    void aRecordingNeedsTheWorkersInsideTheTest() {
        try (WorkerPool pool = pool(Stop.ANSWER);
                ProcessSession session = ProcessSession.forSpec(pool, spec, ID, 1, 1, loader())) {
            assertThatThrownBy(session::startRecording).isInstanceOf(IllegalStateException.class)
                    .hasMessage("PROCESSES records only while its workers are inside the test, between prepare and"
                            + " finish");
        }
    }

    /** What a scripted worker does when asked to stop recording. */
    private enum Stop {
        /** Sends what it saw: 100 ms of sleep per worker number plus one. */
        ANSWER,
        /** Answers 5 s late. */
        LATE,
        /** Closes its channel, as a crashed worker's ends. */
        DIE,
        /** Could not record in the first place. */
        CANNOT
    }

    /** A pool whose worker {@code i} plays {@code stops[i]}. */
    private WorkerPool pool(Stop... stops) {
        Spawner spawner = (command, directory) -> {
            int id = Integer.parseInt(command.get(command.size() - 1));
            return new FakePeer((socket, token) -> playWorker(socket, token, id, stops[id])).spawn(command, directory);
        };
        return new WorkerPool(spawner, 2, StartupCache.off());
    }

    /** A worker as far as the channel can tell: enters the test, runs tasks, records as {@code stop} says. */
    private static void playWorker(Socket socket, CompletableFuture<String> token, int id, Stop stop) throws Exception {
        Channel channel = new Channel(socket);
        channel.send(new Message.Hello(Message.PROTOCOL, token.get(30, TimeUnit.SECONDS), 1));
        channel.send(new Message.Ready(-1));
        String cannot = stop == Stop.CANNOT ? "could not record: this JVM has no jdk.jfr module" : null;
        for (Message message = channel.receive(); message != null; message = channel.receive()) {
            if (message instanceof Message.RunTest) {
                channel.send(new Message.SessionReady());
            } else if (message instanceof Message.Tasks tasks) {
                for (int index = tasks.first(); index < tasks.first() + tasks.count(); index++) {
                    channel.send(new Message.TaskDone(index, 1_000));
                }
                channel.send(new Message.BatchDone(1, 1, 1, 0, 0, 0));
            } else if (message instanceof Message.StartRecording start) {
                channel.send(new Message.RecordingStarted(start.recording(), cannot));
            } else if (message instanceof Message.StopRecording asked) {
                if (stop == Stop.DIE) {
                    return;
                }
                if (stop == Stop.LATE) {
                    Thread.sleep(5_000);
                }
                channel.send(new Message.Recorded(asked.recording(), cannot, cannot != null ? Activity.none()
                        : slept((id + 1) * 100_000_000L)));
            } else if (message instanceof Message.EndSession) {
                channel.send(new Message.SessionFinished(null, null));
            } else if (message instanceof Message.Shutdown) {
                return;
            }
        }
    }

    private static Activity slept(long nanos) {
        return new Activity(Map.of(TimePart.SLEEP, nanos), Map.of(), 0, 0, List.of(), 0, 0, List.of(),
                nanos * 5);
    }

    private static ClassLoader loader() {
        return ForkedRecordingTest.class.getClassLoader();
    }
}
