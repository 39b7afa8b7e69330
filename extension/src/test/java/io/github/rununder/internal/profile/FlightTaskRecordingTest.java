package io.github.rununder.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import io.github.rununder.internal.model.TaskContext;
import io.github.rununder.internal.model.TaskExecution;
import io.github.rununder.internal.model.TaskInvoker;
import io.github.rununder.internal.model.VirtualThreads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real threads run real tasks through {@link TaskExecution#run}, as the models do, under a real
 * recording. Durations are bounded with a 3x margin or more: the machine running this is busy.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FlightTaskRecordingTest {

    private static final long MS = 1_000_000;

    @Test
    void countsTheSleepsOfTasksAtTheTestsFrame() throws Exception {
        Activity activity;
        try (TaskRecording recording = TaskRecording.start()) {
            runTasks(4, task -> Thread.sleep(50));
            activity = recording.stop();
        }

        assertThat(activity.waited(TimePart.SLEEP)).isGreaterThanOrEqualTo(100 * MS);
        TimeSite top = activity.sites().get(TimePart.SLEEP).get(0);
        assertThat(top.what()).isEqualTo("Thread.sleep");
        assertThat(top.userFrame()).startsWith("FlightTaskRecordingTest.countsTheSleepsOfTasksAtTheTestsFrame:");
        assertThat(top.count()).isEqualTo(4);
        assertThat(activity.recordedNanos()).isGreaterThanOrEqualTo(50 * MS);
    }

    @Test
    void namesTheMonitorThatTasksWaitToEnter() throws Exception {
        Ledger ledger = new Ledger();
        Activity activity;
        try (TaskRecording recording = TaskRecording.start()) {
            runTasks(3, task -> {
                for (int i = 0; i < 6; i++) {
                    ledger.post();
                }
            });
            activity = recording.stop();
        }

        assertThat(activity.waited(TimePart.MONITOR)).isPositive();
        TimeSite top = activity.sites().get(TimePart.MONITOR).get(0);
        assertThat(top.what()).isEqualTo("the monitor of " + Ledger.class.getName());
        assertThat(top.userFrame()).startsWith("FlightTaskRecordingTest.namesTheMonitorThatTasksWaitToEnter:");
    }

    @Test
    void leavesOutThreadsThatRunNoTask() throws Exception {
        Activity activity;
        try (TaskRecording recording = TaskRecording.start()) {
            Thread bystander = new Thread(FlightTaskRecordingTest::bystanderSleeps, "bystander");
            bystander.start();
            runTasks(2, task -> Thread.sleep(50));
            bystander.join();
            activity = recording.stop();
        }

        // Tasks slept 100 ms in all, the bystander 1,000 ms: counted, it would make 1,100 ms or more.
        assertThat(activity.waited(TimePart.SLEEP)).isPositive().isLessThan(1_000 * MS);
        assertThat(activity.sites().get(TimePart.SLEEP)).allSatisfy(site -> {
            assertThat(site.waitedIn()).doesNotContain("bystander");
            assertThat(site.userFrame()).doesNotContain("bystander");
        });
    }

    private static void bystanderSleeps() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void findsTheMethodThatSpins() throws Exception {
        Activity activity;
        try (TaskRecording recording = TaskRecording.start()) {
            runTasks(1, task -> spin(300 * MS));
            activity = recording.stop();
        }

        assertThat(activity.executionSamples()).isPositive();
        assertThat(activity.hotMethods()).extracting(HotMethod::method)
                .contains(FlightTaskRecordingTest.class.getName() + ".spin");
    }

    /** Spins until this thread has run {@code cpuNanos} on a core; returns a figure so that no work is dead. */
    private static long spin(long cpuNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + cpuNanos;
        long x = 1;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 1_000_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        return x;
    }

    @Test
    void estimatesWhatTasksAllocate() throws Exception {
        Object[] kept = new Object[16];
        Activity activity;
        try (TaskRecording recording = TaskRecording.start()) {
            runTasks(1, task -> {
                for (int i = 0; i < 1_600; i++) {
                    kept[i % kept.length] = new byte[64 * 1024];
                    if (i % 10 == 0) {
                        Thread.sleep(1);
                    }
                }
            });
            activity = recording.stop();
        }

        // 100 MB allocated over 160 sleeps of 1 ms or more. The samples' estimate misses what a thread
        // allocated after its last sample: a burst of 100 ms could leave out most of it.
        assertThat(activity.allocatedBytes()).isGreaterThanOrEqualTo(20L * 1024 * 1024);
    }

    @Test
    void findsAVirtualThreadPinnedInAClassInitialiser() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads arrived in JDK 21");
        ThreadFactory virtualThreads = VirtualThreads.factory("pinned-test").orElseThrow();
        Activity activity;
        try (TaskRecording recording = TaskRecording.start()) {
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            Thread thread = virtualThreads.newThread(() -> runTask(task -> SlowToInitialise.touch(), 0, failures));
            thread.start();
            thread.join();
            assertThat(failures).isEmpty();
            activity = recording.stop();
        }

        assertThat(activity.pinned()).extracting(PinnedPark::reason).contains("a class initialiser");
        PinnedPark pin = activity.pinned().get(0);
        assertThat(pin.site())
                .startsWith("FlightTaskRecordingTest.SlowToInitialise.<clinit>(FlightTaskRecordingTest.java:");
        assertThat(pin.totalNanos()).isGreaterThanOrEqualTo(30 * MS);
    }

    @Test
    void closesTwiceAndRefusesASecondStop() {
        TaskRecording recording = TaskRecording.start();
        recording.stop();
        recording.close();
        recording.close();
        assertThatIllegalStateException().isThrownBy(recording::stop);
    }

    /** Runs {@code count} tasks at once, each on a thread of its own, and waits for them. */
    private static void runTasks(int count, TaskInvoker task) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            threads.add(new Thread(() -> runTask(task, index, failures), "task-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    private static void runTask(TaskInvoker task, int index, ConcurrentLinkedQueue<Throwable> failures) {
        try {
            TaskExecution.run(task, new TaskContext(index, 1, Model.THREADS, index));
        } catch (Throwable failure) {
            failures.add(failure);
        }
    }

    /** Holds its monitor 5 ms a call: three threads calling it wait for each other. */
    static final class Ledger {
        synchronized void post() throws InterruptedException {
            Thread.sleep(5);
        }
    }

    /** Its initialiser sleeps: a virtual thread that parks there stays on its carrier. */
    static final class SlowToInitialise {
        static {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {}
    }
}
