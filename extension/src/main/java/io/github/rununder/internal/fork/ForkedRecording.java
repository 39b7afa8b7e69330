package io.github.rununder.internal.fork;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.profile.TaskRecording;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A recording of {@code PROCESSES}: each worker records its own tasks and sends back what it saw,
 * and {@link #stop()} adds their activities up. Every wait for the workers is bounded: a worker
 * that does not answer in time is left out of the sum and {@link #problems()} says so, while a
 * worker whose channel ends fails the session as any other worker fault does. Answers that come
 * after their wait gave up carry an older recording number and are dropped.
 */
final class ForkedRecording extends TaskRecording {

    /** How long the workers have to start recording or to send what they recorded. */
    static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** What the recording borrows of its {@link ProcessSession}. */
    interface Link {

        /** Sends {@code message}; a worker whose channel broke is discarded and its fault thrown. */
        void send(Worker worker, Message message, String doing);

        /** The next message from the workers within {@code nanos}, or {@code null}. */
        WorkerEvent poll(long nanos) throws InterruptedException;

        /** The failure for a message that does not belong here, such as the end of a worker's channel. */
        RuntimeException fault(WorkerEvent event, String when);

        /** How long a wait may last: less than {@link #WAIT_NANOS} where the model run's time limit is nearer. */
        long waitNanos();

        /** Whether a wait of {@code nanos} was cut short by the model run's time limit. */
        boolean limitedByDeadline(long nanos);

        /** Whether the workers are still inside the test, where a recording may still be on. */
        boolean inTest();

        /** Tells the model run's notes what the recording left out. */
        void leftOut(String text);
    }

    private final Link link;
    private final List<Worker> workers;
    private final int number;
    private final List<String> problems = new ArrayList<>();
    private boolean stopped;

    private ForkedRecording(Link link, List<Worker> workers, int number) {
        this.link = link;
        this.workers = List.copyOf(workers);
        this.number = number;
    }

    /**
     * Has every worker start recording and waits until each said whether it does.
     *
     * @throws IllegalStateException when every worker answered that it cannot record
     */
    static ForkedRecording start(Link link, List<Worker> workers, int number) {
        ForkedRecording recording = new ForkedRecording(link, workers, number);
        workers.forEach(worker -> link.send(worker, new Message.StartRecording(number), "starting its recording"));
        Answers answers = recording.await(Message.RecordingStarted.class, "starting its recording");
        List<String> cannot = new ArrayList<>();
        for (Worker worker : workers) {
            Message.RecordingStarted started = (Message.RecordingStarted) answers.byWorker().get(worker);
            if (started != null && started.problem() != null) {
                cannot.add("worker " + worker.id() + " " + started.problem());
            }
        }
        if (!workers.isEmpty() && cannot.size() == workers.size()) {
            throw new IllegalStateException("PROCESSES workers cannot record: " + String.join("; ", cannot));
        }
        return recording;
    }

    /**
     * Has every worker stop recording and adds up what they saw; a worker that could not record,
     * or did not answer in time, is left out and named in {@link #problems()}.
     */
    @Override
    public Activity stop() {
        if (stopped) {
            throw new IllegalStateException("this recording was stopped already");
        }
        stopped = true;
        workers.forEach(worker -> link.send(worker, new Message.StopRecording(number), "stopping its recording"));
        Answers answers = await(Message.Recorded.class, "sending its recording");
        List<Activity> seen = new ArrayList<>();
        for (Worker worker : workers) {
            Message.Recorded recorded = (Message.Recorded) answers.byWorker().get(worker);
            if (recorded == null) {
                problems.add("worker " + worker.id() + " sent no recording " + answers.late());
            } else if (recorded.problem() == null) {
                seen.add(recorded.activity());
            } else {
                problems.add("worker " + worker.id() + " " + recorded.problem());
            }
        }
        if (!problems.isEmpty()) {
            link.leftOut("The time budget covers " + seen.size() + " of " + workers.size() + " workers: "
                    + String.join("; ", problems));
        }
        return Activity.sum(seen);
    }

    /** Why workers are missing from what {@link #stop()} returned; empty when all of them are in. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Asks the workers to stop recording, without waiting for what they saw: their answers are dropped. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!link.inTest()) {
            return;
        }
        for (Worker worker : workers) {
            try {
                worker.send(new Message.StopRecording(number));
            } catch (IOException gone) {
                // a worker that went away stopped recording with it
            }
        }
    }

    /**
     * The workers' answers to one request of this recording.
     *
     * @param byWorker each answer that came in time, by the worker that sent it
     * @param late how the wait ended for the workers that did not answer: {@code within 30.0 s}
     */
    private record Answers(Map<Worker, Message> byWorker, String late) {}

    /** Each worker's answer of {@code kind} to this recording, as far as they came within the wait. */
    private Answers await(Class<? extends Message> kind, String doing) {
        Map<Worker, Message> answers = new HashMap<>();
        long wait = link.waitNanos();
        long deadline = System.nanoTime() + wait;
        try {
            while (answers.size() < workers.size()) {
                WorkerEvent event = link.poll(Math.max(0, deadline - System.nanoTime()));
                if (event == null) {
                    break;
                }
                if (event.message() == null || !isRecordingAnswer(event.message())) {
                    throw link.fault(event, "while " + doing);
                }
                if (kind.isInstance(event.message()) && numberOf(event.message()) == number) {
                    answers.put(event.worker(), event.message());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answers(answers, "before the wait for it was interrupted");
        }
        return new Answers(answers, link.limitedByDeadline(wait) ? "before the model run's time limit"
                : "within " + Durations.format(wait));
    }

    /** Whether {@code message} answers a recording, this one or one whose wait gave up. */
    static boolean isRecordingAnswer(Message message) {
        return message instanceof Message.RecordingStarted || message instanceof Message.Recorded;
    }

    private static int numberOf(Message message) {
        return message instanceof Message.RecordingStarted started ? started.recording()
                : ((Message.Recorded) message).recording();
    }
}
