package io.github.rununder.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stacks written by hand, top first, as the recorder gives them. */
class TaskStackTest {

    private static final Frame TASK_RUN = Frame.of("io.github.rununder.internal.model.TaskExecution", "run", 19);
    private static final List<Frame> POOL_THREAD = List.of(
            Frame.of("io.github.rununder.internal.model.ThreadPoolSession", "drain", 57),
            Frame.of("java.util.concurrent.ThreadPoolExecutor", "runWorker", 1136),
            Frame.of("java.lang.Thread", "run", 840));

    /** {@code top}, then the JUnit invoker's frames, the task frame and a pool thread's. */
    private static TaskStack taskStack(Frame... top) {
        List<Frame> frames = new ArrayList<>(List.of(top));
        frames.add(new Frame("com.example.LedgerTest$$Lambda/0x0000000801001234", "invoke", -1, false, true));
        frames.add(Frame.of("io.github.rununder.internal.junit.MethodTaskInvoker", "invoke", 105));
        frames.add(TASK_RUN);
        frames.addAll(POOL_THREAD);
        return new TaskStack(frames, false);
    }

    @Test
    void waitedInTheFirstFrameOutsideTheJdkForTheUsersTaskFrame() {
        TaskStack stack = taskStack(
                Frame.of("java.lang.Object", "wait", -1),
                Frame.of("com.example.Ledger", "post", 12),
                Frame.of("com.example.LedgerTest", "lambda$post$0", 41));

        assertThat(stack.runsTask()).isTrue();
        assertThat(stack.waitedIn()).isEqualTo("com.example.Ledger.post");
        assertThat(stack.userFrame()).isEqualTo("LedgerTest.post:41");
        assertThat(stack.calledJdkMethod()).isEqualTo("java.lang.Object.wait");
    }

    @Test
    void aTaskThatCallsTheJdkDirectlyWaitsInItsOwnFrame() {
        TaskStack stack = new TaskStack(List.of(
                new Frame("java.lang.Thread", "sleep", -1, true, false),
                Frame.of("com.example.LedgerTest$Posting", "sleeps", 20),
                Frame.of("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", 103),
                new Frame("java.lang.invoke.LambdaForm$MH/0x0000000801002000", "invokeExact_MT", -1, false, true),
                Frame.of("io.github.rununder.internal.junit.MethodTaskInvoker$HandleInvoker", "invoke", 113),
                Frame.of("io.github.rununder.internal.junit.MethodTaskInvoker", "invoke", 105),
                TASK_RUN), false);

        assertThat(stack.waitedIn()).isEqualTo("com.example.LedgerTest$Posting.sleeps");
        assertThat(stack.userFrame()).isEqualTo("LedgerTest.Posting.sleeps:20");
    }

    @Test
    void theWaitForATasksStageIsRunUndersOwn() {
        TaskStack stack = new TaskStack(List.of(
                new Frame("jdk.internal.misc.Unsafe", "park", -1, true, false),
                Frame.of("java.util.concurrent.locks.LockSupport", "park", 211),
                Frame.of("java.util.concurrent.CountDownLatch", "await", 230),
                Frame.of("io.github.rununder.internal.model.Stages", "await", 23),
                TASK_RUN), false);

        assertThat(stack.runsTask()).isTrue();
        assertThat(stack.waitedIn()).isEqualTo("io.github.rununder.internal.model.Stages.await");
        assertThat(stack.userFrame()).isEmpty();
        assertThat(stack.calledJdkMethod()).isEqualTo("java.util.concurrent.CountDownLatch.await");
    }

    @Test
    void anIdleThreadRunsNoTask() {
        List<Frame> idle = new ArrayList<>(List.of(Frame.of("java.util.concurrent.locks.LockSupport", "park", 211)));
        idle.addAll(POOL_THREAD);

        assertThat(new TaskStack(idle, false).runsTask()).isFalse();
        assertThat(new TaskStack(idle, false).truncated()).isFalse();
    }

    @Test
    void aStackCutShortCannotTell() {
        TaskStack stack = new TaskStack(List.of(Frame.of("org.h2.value.Value", "cache", 400)), true);

        assertThat(stack.runsTask()).isFalse();
        assertThat(stack.truncated()).isTrue();
        assertThat(stack.waitedIn()).isEqualTo("org.h2.value.Value.cache");
        assertThat(stack.userFrame()).isEmpty();
        assertThat(stack.top()).isEqualTo("org.h2.value.Value.cache");
    }

    @Test
    void aTaskFrameFoundIsNotCutShortWhateverTheRecorderSays() {
        assertThat(new TaskStack(List.of(Frame.of("com.example.Deep", "call", 1), TASK_RUN), true).truncated())
                .isFalse();
    }

    @Test
    void aParkSiteIsTheFirstFrameOutsideTheJdkAsAStackTracePrintsIt() {
        TaskStack stack = taskStack(
                Frame.of("java.lang.VirtualThread", "parkOnCarrierThread", 830),
                Frame.of("java.lang.Thread", "sleep", 540),
                Frame.of("com.example.Config$Cache", "<clinit>", 12));

        assertThat(stack.parkSite()).isEqualTo("Config.Cache.<clinit>(Config.java:12)");
    }

    @Test
    void theJdksPinnedReasonInOurWords() {
        TaskStack initialiser = taskStack(Frame.of("com.example.Config", "<clinit>", 12));
        TaskStack plain = taskStack(Frame.of("com.example.Ledger", "post", 12));

        assertThat(plain.pinReason("VM call to com.example.Config.<clinit> on stack")).isEqualTo("a class initialiser");
        assertThat(initialiser.pinReason("Native or VM frame on stack")).isEqualTo("a class initialiser");
        assertThat(plain.pinReason("Native or VM frame on stack")).isEqualTo("a native frame");
        assertThat(plain.pinReason("Monitor held")).isEqualTo("a monitor");
        assertThat(plain.pinReason("In critical section")).isEqualTo("In critical section");
    }

    @Test
    void beforeJdk24TheStackSaysWhyAVirtualThreadWasPinned() {
        Frame continuation = new Frame("jdk.internal.vm.Continuation", "enterSpecial", -1, true, false);

        assertThat(taskStack(Frame.of("com.example.Config", "<clinit>", 12)).pinReason(null))
                .isEqualTo("a class initialiser");
        assertThat(taskStack(Frame.of("com.example.Ledger", "post", 12),
                new Frame("com.example.Native", "upcall", -1, true, false)).pinReason(null))
                .isEqualTo("a native frame");
        assertThat(taskStack(Frame.of("com.example.Ledger", "post", 12), continuation).pinReason(""))
                .isEqualTo("a monitor");
    }
}
