package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The channel's frames over a real loopback socket: every kind crosses; what breaks the rules is refused. */
class ChannelTest {

    private ServerSocket server;
    private Socket peer;
    private Channel receiving;

    @BeforeEach
    void connect() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        peer = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        receiving = new Channel(server.accept());
        receiving.readTimeout(10_000_000_000L);
    }

    @AfterEach
    void close() throws IOException {
        receiving.close();
        peer.close();
        server.close();
    }

    @Test
    void framesOfEveryKindSurviveTheChannel() throws IOException {
        Channel sending = new Channel(peer);
        List<Message> messages = List.of(
                new Message.Hello(Message.PROTOCOL, "token", 42),
                new Message.RunTest("[engine:junit-jupiter]/[class:A]", Map.of("k", "v"), Map.of("db.url", "jdbc:x")),
                new Message.RunTask("com.example.Nap", Map.of()),
                new Message.Tasks(-2, 3, 5),
                new Message.TaskDone(4, 123L),
                new Message.BatchDone(1, 2, 3, 4, 5, 6),
                new Message.SessionReady(),
                new Message.EndSession(),
                new Message.StartRecording(3),
                new Message.StopRecording(3),
                new Message.RecordingStarted(3, null),
                new Message.RecordingStarted(4, "could not record: its JVM has no jdk.jfr module"),
                new Message.Recorded(3, null, RECORDED),
                new Message.Recorded(4, "was not recording", Activity.none()));
        for (Message message : messages) {
            sending.send(message);
        }
        sending.send(new Message.SessionFinished("did not reach the tasks of A", ThrowableData.of(new IllegalStateException("x"))));

        assertThat(receiving.receiveHello()).isEqualTo(messages.get(0));
        for (Message message : messages.subList(1, messages.size())) {
            assertThat(receiving.receive()).isEqualTo(message);
        }
        assertThat(((Message.SessionFinished) receiving.receive()).failure().message()).isEqualTo("x");
        peer.close();
        assertThat(receiving.receive()).isNull();
    }

    @Test
    void aRecordingCarriesEveryFieldOfTheActivityAndLeavesOutPartsThisVersionDoesNotKnow() throws IOException {
        WireOut newer = new WireOut().writeInt(5).writeString(null)
                .writeInt(2).writeString("SLEEP").writeLong(120).writeString("TELEPATHY").writeLong(7)
                .writeInt(1).writeString("TELEPATHY").writeInt(1)
                .writeString("a thought").writeString("com.example.Mind.read").writeString(null)
                .writeLong(1).writeLong(7)
                .writeLong(0).writeLong(0).writeInt(0).writeLong(0).writeLong(0).writeInt(0).writeLong(500);
        frame(Message.Recorded.TYPE, newer.toByteArray());
        new Channel(peer).send(new Message.Recorded(6, null, RECORDED));

        assertThat(receiving.receive()).isEqualTo(new Message.Recorded(5, null, new Activity(
                Map.of(TimePart.SLEEP, 120L), Map.of(), 0, 0, List.of(), 0, 0, List.of(), 500)));
        Message.Recorded crossed = (Message.Recorded) receiving.receive();
        assertThat(crossed.activity()).isEqualTo(RECORDED);
        assertThat(crossed.activity().sites().get(TimePart.SLEEP).get(0).userFrame()).isNull();
    }

    @Test
    void aRecordingThatAnnouncesMoreSitesThanItsFrameHoldsIsRefused() throws IOException {
        frame(Message.Recorded.TYPE, new WireOut().writeInt(1).writeString(null).writeInt(0)
                .writeInt(1).writeString("SLEEP").writeInt(1_000_000).toByteArray());

        assertThatThrownBy(receiving::receive).isInstanceOf(CorruptFrameException.class)
                .hasMessage("corrupt frame: 1000000 items where 0 bytes are left");
    }

    @Test
    void aFieldAddedByANewerWriterIsIgnoredAndOneAnOlderWriterLacksGetsItsDefault() throws IOException {
        // An older BatchDone: four fields, no JIT figures.
        frame(Message.BatchDone.TYPE, new WireOut().writeLong(1).writeLong(2).writeLong(3).writeLong(4).toByteArray());
        // A newer TaskDone: one field more than this version reads.
        frame(Message.TaskDone.TYPE, new WireOut().writeInt(7).writeLong(8).writeLong(99).toByteArray());

        assertThat(receiving.receive()).isEqualTo(new Message.BatchDone(1, 2, 3, 4, -1, -1));
        assertThat(receiving.receive()).isEqualTo(new Message.TaskDone(7, 8));
    }

    @Test
    void aLengthOf64MiBIsRefusedBeforeAnythingIsAllocated() throws IOException {
        DataOutputStream out = new DataOutputStream(peer.getOutputStream());
        out.writeByte(Message.TaskDone.TYPE);
        out.writeInt(64 * 1024 * 1024);
        out.flush();

        assertThatThrownBy(receiving::receive).isInstanceOf(CorruptFrameException.class)
                .hasMessage("corrupt channel: a frame of type 13 announced 67108864 bytes, more than the 8388608 allowed");
    }

    @Test
    void aFirstFrameThatIsNoHelloIsRefusedUnread() throws IOException {
        DataOutputStream out = new DataOutputStream(peer.getOutputStream());
        out.writeByte(Message.TaskFailed.TYPE);
        out.writeInt(1_000_000);
        out.flush();

        assertThatThrownBy(receiving::receiveHello).isInstanceOf(IOException.class)
                .hasMessage("the first frame was of type 14, not a hello");
    }

    @Test
    void aHelloLongerThanAHelloCanBeIsRefused() throws IOException {
        frame(Message.Hello.TYPE, new WireOut().writeInt(Message.PROTOCOL).writeString("x".repeat(5000)).writeLong(1)
                .toByteArray());

        assertThatThrownBy(receiving::receiveHello).isInstanceOf(CorruptFrameException.class)
                .hasMessageContaining("more than the 1024 allowed");
    }

    @Test
    void garbageIsRefusedAsAnUnknownFrame() throws IOException {
        OutputStream out = peer.getOutputStream();
        out.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0, 1, 2, 3});
        out.flush();

        assertThatThrownBy(receiving::receive).isInstanceOf(CorruptFrameException.class)
                .hasMessageContaining("a frame of type 222 announced");
    }

    @Test
    void aStringLongerThanItsFrameIsRefused() throws IOException {
        frame(Message.RunTask.TYPE, new WireOut().writeInt(Integer.MAX_VALUE).toByteArray());

        assertThatThrownBy(receiving::receive).isInstanceOf(CorruptFrameException.class)
                .hasMessage("corrupt frame: a string of 2147483647 bytes where 0 are left");
    }

    @Test
    void aNestedCauseBombIsRefusedWithoutOverflowingTheStack() throws IOException {
        WireOut bomb = new WireOut().writeInt(3);
        for (int depth = 0; depth < 100_000; depth++) {
            bomb.writeString("java.lang.RuntimeException").writeString(null).writeInt(0).writeBoolean(true);
        }
        frame(Message.TaskFailed.TYPE, bomb.toByteArray());

        assertThatThrownBy(receiving::receive).isInstanceOf(CorruptFrameException.class)
                .hasMessage("corrupt frame: causes and suppressed exceptions nested deeper than 32 or more than 128 in all");
    }

    @Test
    void anAssertionFailuresExpectedAndActualValuesCross() throws IOException {
        Channel sending = new Channel(peer);
        sending.send(new Message.TaskFailed(2, ThrowableData.of(new AssertionFailedError("expected: <1> but was: <2>", 1, 2))));

        Throwable rebuilt = RemoteThrowables.rebuild(((Message.TaskFailed) receiving.receive()).failure(),
                getClass().getClassLoader());

        assertThat(rebuilt).isInstanceOf(AssertionFailedError.class).hasMessage("expected: <1> but was: <2>");
        assertThat(((AssertionFailedError) rebuilt).getExpected().getStringRepresentation()).isEqualTo("1");
        assertThat(((AssertionFailedError) rebuilt).getActual().getStringRepresentation()).isEqualTo("2");
    }

    /** An activity with every field set, and a site whose user frame is unknown. */
    private static final Activity RECORDED = new Activity(
            Map.of(TimePart.SLEEP, 120_000_000L, TimePart.MONITOR, 5_000L),
            Map.of(TimePart.SLEEP, List.of(new TimeSite("Thread.sleep", "com.example.Nap.take", null, 4, 120_000_000L)),
                    TimePart.MONITOR, List.of(new TimeSite("the monitor of com.example.Ledger",
                            "com.example.Ledger.post", "LedgerTest.post:41", 2, 5_000L))),
            3_000, 400, List.of(new HotMethod("org.h2.value.Value.cache", 54), new HotMethod("java.lang.Math.sqrt", 3)),
            90, 1L << 33, List.of(new PinnedPark("LedgerTest.post(LedgerTest.java:41)", "a monitor", 2, 9_000)),
            2_000_000_000L);

    private void frame(int type, byte[] payload) throws IOException {
        DataOutputStream out = new DataOutputStream(peer.getOutputStream());
        out.writeByte(type);
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
    }
}
