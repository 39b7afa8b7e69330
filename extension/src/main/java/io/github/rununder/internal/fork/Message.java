package io.github.rununder.internal.fork;

import io.github.rununder.internal.measure.Activity;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frames of the channel between the test JVM and a worker. Each is a record with its type
 * number and {@link #write}; {@link #decode} reads what {@code write} wrote. To add a frame, add a
 * record with an unused {@code TYPE} and a case in {@link #decode}; to add a field to a frame,
 * write it last and read it with {@link WireIn#hasMore()} or {@link WireIn#readLongOr}, so that
 * either side may be older (see {@link Channel}).
 */
sealed interface Message {

    /** The protocol's version, changed only by an incompatible change; sent in the hello. */
    int PROTOCOL = 2;

    int type();

    void write(WireOut out);

    // From the test JVM to a worker.

    /**
     * Run the {@code @RunUnder} method with this unique id through the worker's Launcher, serving
     * tasks, with these JUnit configuration parameters and the test JVM's system properties.
     */
    record RunTest(String uniqueId, Map<String, String> configuration, Map<String, String> systemProperties)
            implements Message {
        static final int TYPE = 1;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            writeMap(out.writeString(uniqueId), configuration);
            writeMap(out, systemProperties);
        }
    }

    /** Build an instance of this {@code Task} class and serve its tasks (the code-driven API). */
    record RunTask(String taskClassName, Map<String, String> systemProperties) implements Message {
        static final int TYPE = 2;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            writeMap(out.writeString(taskClassName), systemProperties);
        }
    }

    /** Run the tasks {@code first} to {@code first + count - 1} of this round, one after another, and report each. */
    record Tasks(int round, int first, int count) implements Message {
        static final int TYPE = 3;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeInt(round).writeInt(first).writeInt(count);
        }
    }

    /** The model run is over: leave the test method, so its {@code @AfterEach} runs. */
    record EndSession() implements Message {
        static final int TYPE = 4;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {}
    }

    /** Exit, running shutdown hooks (a coverage agent's, for one). */
    record Shutdown() implements Message {
        static final int TYPE = 5;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {}
    }

    /**
     * Start a flight recording of the tasks' threads (between rounds, inside the test); answered by
     * {@link RecordingStarted} with the same number.
     */
    record StartRecording(int recording) implements Message {
        static final int TYPE = 6;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeInt(recording);
        }
    }

    /** Stop the flight recording and send what it saw; answered by {@link Recorded} with the same number. */
    record StopRecording(int recording) implements Message {
        static final int TYPE = 7;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeInt(recording);
        }
    }

    // From a worker to the test JVM.

    /** The first frame: proves the worker was started by this test JVM. */
    record Hello(int protocol, String token, long pid) implements Message {
        static final int TYPE = 10;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeInt(protocol).writeString(token).writeLong(pid);
        }
    }

    /** The worker's Launcher is ready; {@code uptimeNanos} since its JVM started. */
    record Ready(long uptimeNanos) implements Message {
        static final int TYPE = 11;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeLong(uptimeNanos);
        }
    }

    /** The test's lifecycle ran up to the method: tasks may come. */
    record SessionReady() implements Message {
        static final int TYPE = 12;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {}
    }

    /** One task completed. */
    record TaskDone(int index, long latencyNanos) implements Message {
        static final int TYPE = 13;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeInt(index).writeLong(latencyNanos);
        }
    }

    /** One task failed; the rest of its batch is not run. */
    record TaskFailed(int index, ThrowableData failure) implements Message {
        static final int TYPE = 14;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            failure.write(out.writeInt(index));
        }
    }

    /**
     * A batch is over: CPU time the worker used for it (all threads, and the task thread), how
     * long the task thread was busy with it and how long of that it waited for a core, how long
     * the JVM's JIT compilers worked meanwhile and how many classes it loaded ({@code -1} where
     * unknown).
     */
    record BatchDone(long cpuNanos, long taskCpuNanos, long busyNanos, long queuedNanos, long compilationNanos,
            long loadedClasses) implements Message {
        static final int TYPE = 15;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeLong(cpuNanos).writeLong(taskCpuNanos).writeLong(busyNanos).writeLong(queuedNanos)
                    .writeLong(compilationNanos).writeLong(loadedClasses);
        }
    }

    /**
     * The test left the worker's Launcher. {@code problem} says why it did not (or no longer) serve
     * tasks, {@code null} when all went well; {@code failure} is the exception, if any;
     * {@code outputMark} the number of the mark the worker printed after the test's last output
     * ({@code -1} for none), so the test JVM can wait until that output has been passed on.
     */
    record SessionFinished(String problem, ThrowableData failure, long outputMark) implements Message {
        static final int TYPE = 16;

        SessionFinished(String problem, ThrowableData failure) {
            this(problem, failure, -1);
        }

        /** This message, after the worker printed output mark {@code mark}. */
        SessionFinished marked(long mark) {
            return new SessionFinished(problem, failure, mark);
        }

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeString(problem).writeBoolean(failure != null);
            if (failure != null) {
                failure.write(out);
            }
            out.writeLong(outputMark);
        }
    }

    /** The worker started recording; {@code problem} says why it could not, {@code null} when it did. */
    record RecordingStarted(int recording, String problem) implements Message {
        static final int TYPE = 17;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            out.writeInt(recording).writeString(problem);
        }
    }

    /**
     * What the worker's recording saw; {@code problem} says why it saw nothing (it could not
     * record, or reading the recording failed), {@code null} when it recorded.
     */
    record Recorded(int recording, String problem, Activity activity) implements Message {
        static final int TYPE = 18;

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public void write(WireOut out) {
            ActivityWire.write(activity, out.writeInt(recording).writeString(problem));
        }
    }

    /** Decodes the payload of a frame of {@code type}. */
    static Message decode(int type, WireIn in) throws IOException {
        return switch (type) {
            case RunTest.TYPE -> new RunTest(in.readString(), readMap(in), readMap(in));
            case RunTask.TYPE -> new RunTask(in.readString(), readMap(in));
            case Tasks.TYPE -> new Tasks(in.readInt(), in.readInt(), in.readInt());
            case EndSession.TYPE -> new EndSession();
            case Shutdown.TYPE -> new Shutdown();
            case StartRecording.TYPE -> new StartRecording(in.readInt());
            case StopRecording.TYPE -> new StopRecording(in.readInt());
            case Hello.TYPE -> new Hello(in.readInt(), in.readString(), in.readLong());
            case Ready.TYPE -> new Ready(in.readLong());
            case SessionReady.TYPE -> new SessionReady();
            case TaskDone.TYPE -> new TaskDone(in.readInt(), in.readLong());
            case TaskFailed.TYPE -> new TaskFailed(in.readInt(), ThrowableData.read(in));
            case BatchDone.TYPE -> new BatchDone(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    in.readLongOr(-1), in.readLongOr(-1));
            case SessionFinished.TYPE -> new SessionFinished(in.readString(), in.readBoolean() ? ThrowableData.read(in) : null,
                    in.readLongOr(-1));
            case RecordingStarted.TYPE -> new RecordingStarted(in.readInt(), in.readString());
            case Recorded.TYPE -> new Recorded(in.readInt(), in.readString(), ActivityWire.read(in));
            default -> throw new CorruptFrameException("corrupt channel: unknown frame type " + type);
        };
    }

    private static void writeMap(WireOut out, Map<String, String> map) {
        out.writeInt(map.size());
        map.forEach((key, value) -> out.writeString(key).writeString(value));
    }

    private static Map<String, String> readMap(WireIn in) throws IOException {
        int count = in.readCount(8);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            map.put(in.readString(), in.readString());
        }
        return map;
    }
}
