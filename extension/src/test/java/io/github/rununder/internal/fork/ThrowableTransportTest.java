package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

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
        // Printed as the original is: no "app//" before the test's frames, no "java.base@17.0.15/" before the JDK's.
        assertThat(rebuilt.getStackTrace()).extracting(StackTraceElement::toString)
                .containsExactly(java.util.Arrays.stream(original.getStackTrace()).map(StackTraceElement::toString)
                        .toArray(String[]::new));
        assertThat(rebuilt.getStackTrace()[0]).hasToString(
                "io.github.rununder.internal.fork.ThrowableTransportTest.anExceptionCrossesWithItsTypeMessageStackCauseAndSuppressed"
                        + "(ThrowableTransportTest.java:13)");
        // Printed as the original, so no internal type name shows in the user's trace.
        assertThat(rebuilt.getCause()).isExactlyInstanceOf(RemoteException.class).hasMessage("io")
                .hasToString("java.io.UncheckedIOException: io");
        assertThat(rebuilt.getCause().getCause()).isExactlyInstanceOf(IOException.class).hasMessage("disk");
        assertThat(rebuilt.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypeTheTestJvmCannotLoadBecomesAPlaceholderNamingIt() throws IOException {
        ThrowableData data = new ThrowableData("com.example.Gone", "vanished",
                java.util.List.of(new StackTraceElement("com.example.Task", "run", "Task.java", 12)), null, java.util.List.of());

        Throwable rebuilt = RemoteThrowables.rebuild(read(write(data)), getClass().getClassLoader());

        assertThat(rebuilt).isInstanceOf(RemoteException.class).hasMessage("vanished")
                .hasToString("com.example.Gone: vanished");
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

    private static Throwable roundTrip(Throwable original) throws IOException {
        return RemoteThrowables.rebuild(read(write(ThrowableData.of(original))), ThrowableTransportTest.class.getClassLoader());
    }

    private static byte[] write(ThrowableData data) {
        WireOut out = new WireOut();
        data.write(out);
        return out.toByteArray();
    }

    private static ThrowableData read(byte[] bytes) throws IOException {
        return ThrowableData.read(new WireIn(bytes));
    }

    static final class CyclicException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CyclicException(String message) {
            super(message);
        }
    }
}
