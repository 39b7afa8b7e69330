package io.github.rununder.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Captures what is printed to {@code System.out} while an action runs, counting bytes past a limit. */
public final class CapturedOutput {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long bytes;

    private CapturedOutput() {}

    /** Runs {@code action} with {@code System.out} captured; keeps the first 64 KiB of text. */
    public static <T> Captured<T> during(Supplier<T> action) {
        CapturedOutput output = new CapturedOutput();
        PrintStream original = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) {
                synchronized (output) {
                    output.bytes += length;
                    int room = 64 * 1024 - output.kept.size();
                    if (room > 0) {
                        output.kept.write(buffer, offset, Math.min(room, length));
                    }
                }
            }
        }, true, StandardCharsets.UTF_8));
        try {
            T result = action.get();
            return new Captured<>(result, output);
        } finally {
            System.setOut(original);
        }
    }

    /** Bytes printed in all. */
    public synchronized long bytes() {
        return bytes;
    }

    /** The first 64 KiB printed. */
    public synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    /** The action's result and what it printed. */
    public record Captured<T>(T result, CapturedOutput output) {}
}
