package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPumpTest {

    @Test
    void aMarkLineIsNotPassedOnAndTellsThatTheOutputBeforeItArrived() throws Exception {
        java.io.PipedOutputStream worker = new java.io.PipedOutputStream();
        java.io.PipedInputStream pipe = new java.io.PipedInputStream(worker, 64 * 1024);
        ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
        PrintStream target = new PrintStream(forwarded, true, Charset.defaultCharset());
        String prefix = OutputMarks.prefix("0123abcd");
        OutputPump pump = new OutputPump(pipe, () -> target, "[w] ", prefix).start();

        worker.write(("last line of the test\n" + prefix + "1\n").getBytes(Charset.defaultCharset()));
        worker.flush();
        long start = System.nanoTime();
        pump.awaitMark(1, start + java.util.concurrent.TimeUnit.SECONDS.toNanos(30));

        assertThat(System.nanoTime() - start).as("waited for the mark, not the deadline")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
        assertThat(forwarded.toString(Charset.defaultCharset()).lines()).containsExactly("[w] last line of the test");
        worker.close();
    }

    @Test
    void aLineWithoutEndIsPassedOnInBoundedPiecesAndLinesKeepTheirBreaks() {
        String printed = "x".repeat(OutputPump.MAX_LINE * 2 + 5) + "\nsecond\r\nthird";
        ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
        PrintStream target = new PrintStream(forwarded, true, Charset.defaultCharset());

        OutputPump pump = new OutputPump(new ByteArrayInputStream(printed.getBytes(Charset.defaultCharset())),
                () -> target, "[w] ").start();
        pump.drain(10_000);

        List<String> lines = forwarded.toString(Charset.defaultCharset()).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 3)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(OutputPump.MAX_LINE + 4));
        assertThat(lines.get(2)).isEqualTo("[w] xxxxx");
        assertThat(lines.subList(3, 5)).containsExactly("[w] second", "[w] third");
        assertThat(pump.lastLines()).endsWith("second", "third");
    }
}
