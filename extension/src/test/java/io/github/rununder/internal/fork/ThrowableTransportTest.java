package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ThrowableTransportTest {

    @Test
    void anExceptionCrossesWithItsTypeMessageStackCauseAndSuppressed() throws IOException {
        IllegalStateException original = new IllegalStateException("outer", new UncheckedIOException("io", new IOException("disk")));
        original.addSuppressed(new IllegalArgumentException("suppressed"));

        Throwable rebuilt = roundTrip(original);

        assertThat(rebuilt).isExactlyInstanceOf(IllegalStateException.class).hasMessage("outer");
        assertThat(rebuilt.getStackTrace()).isEqualTo(original.getStackTrace());
        assertThat(rebuilt.getCause()).isExactlyInstanceOf(RemoteException.class)
                .hasMessage("java.io.UncheckedIOException: io");
        assertThat(rebuilt.getCause().getCause()).isExactlyInstanceOf(IOException.class).hasMessage("disk");
        assertThat(rebuilt.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypeTheTestJvmCannotLoadBecomesAPlaceholderNamingIt() throws IOException {
        ThrowableData data = new ThrowableData("com.example.Gone", "vanished",
                java.util.List.of(new StackTraceElement("com.example.Task", "run", "Task.java", 12)), null, java.util.List.of());

        Throwable rebuilt = RemoteThrowables.rebuild(read(write(data)), getClass().getClassLoader());

        assertThat(rebuilt).isInstanceOf(RemoteException.class).hasMessage("com.example.Gone: vanished");
        assertThat(((RemoteException) rebuilt).originalClassName()).isEqualTo("com.example.Gone");
        assertThat(rebuilt.getStackTrace()[0]).hasToString("com.example.Task.run(Task.java:12)");
    }

    @Test
    void aNameThatIsNoThrowableIsNeverInstantiated() {
        ThrowableData data = new ThrowableData(StringBuilder.class.getName(), "not an exception", java.util.List.of(), null,
                java.util.List.of());

        assertThat(RemoteThrowables.rebuild(data, getClass().getClassLoader())).isInstanceOf(RemoteException.class);
    }

    @Test
    void causeCyclesEndInsteadOfLoopingForever() throws IOException {
        CyclicException a = new CyclicException("a");
        CyclicException b = new CyclicException("b");
        a.initCause(b);
        b.initCause(a);

        Throwable rebuilt = roundTrip(a);

        assertThat(rebuilt).hasMessage("a");
        assertThat(rebuilt.getCause()).hasMessage("b");
        assertThat(rebuilt.getCause().getCause()).isNull();
    }

    @Test
    void framesOfEveryKindSurviveTheChannel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireOut out = new WireOut(bytes);
        new Message.RunTest("[engine:junit-jupiter]/[class:A]", java.util.Map.of("k", "v")).write(out);
        new Message.Tasks(-2, new int[] {3, 4, 5}).write(out);
        new Message.TaskDone(4, 123L).write(out);
        new Message.SessionFinished("did not reach the tasks of A", ThrowableData.of(new IllegalStateException("x"))).write(out);
        out.flush();

        WireIn in = new WireIn(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(Message.read(in)).isEqualTo(new Message.RunTest("[engine:junit-jupiter]/[class:A]", java.util.Map.of("k", "v")));
        Message.Tasks tasks = (Message.Tasks) Message.read(in);
        assertThat(tasks.round()).isEqualTo(-2);
        assertThat(tasks.indexes()).containsExactly(3, 4, 5);
        assertThat(Message.read(in)).isEqualTo(new Message.TaskDone(4, 123L));
        assertThat(((Message.SessionFinished) Message.read(in)).failure().message()).isEqualTo("x");
        assertThat(Message.read(in)).isNull();
    }

    @Test
    void aCorruptFrameIsRefusedNotObeyed() {
        WireIn in = new WireIn(new ByteArrayInputStream(new byte[] {99, 0, 0, 0, 1}));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.read(in))
                .isInstanceOf(IOException.class)
                .hasMessage("corrupt channel: unknown frame type 99");
    }

    private static Throwable roundTrip(Throwable original) throws IOException {
        return RemoteThrowables.rebuild(read(write(ThrowableData.of(original))), ThrowableTransportTest.class.getClassLoader());
    }

    private static byte[] write(ThrowableData data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WireOut out = new WireOut(bytes);
        data.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static ThrowableData read(byte[] bytes) throws IOException {
        return ThrowableData.read(new WireIn(new ByteArrayInputStream(bytes)));
    }

    static final class CyclicException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CyclicException(String message) {
            super(message);
        }
    }
}
