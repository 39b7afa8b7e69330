package io.github.rununder.internal.fork;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frames of the channel between the test JVM and a worker. Each frame is one type byte and
 * its fields; {@link #read} decodes what {@link #write} encoded.
 */
sealed interface Message {

    void write(WireOut out) throws IOException;

    // From the test JVM to a worker.

    /** Run the {@code @RunUnder} method with this unique id through the worker's Launcher, serving tasks. */
    record RunTest(String uniqueId, Map<String, String> configuration) implements Message {
        static final int TYPE = 1;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeString(uniqueId).writeInt(configuration.size());
            for (Map.Entry<String, String> entry : configuration.entrySet()) {
                out.writeString(entry.getKey()).writeString(entry.getValue());
            }
        }
    }

    /** Build an instance of this {@code Task} class and serve its tasks (the code-driven API). */
    record RunTask(String taskClassName) implements Message {
        static final int TYPE = 2;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeString(taskClassName);
        }
    }

    /** Run these tasks of this round, one after another, and report each. */
    record Tasks(int round, int[] indexes) implements Message {
        static final int TYPE = 3;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeInt(round).writeInts(indexes);
        }
    }

    /** The model run is over: leave the test method, so its {@code @AfterEach} runs. */
    record EndSession() implements Message {
        static final int TYPE = 4;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE);
        }
    }

    /** Exit. */
    record Shutdown() implements Message {
        static final int TYPE = 5;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE);
        }
    }

    // From a worker to the test JVM.

    /** The first frame: proves the worker was started by this test JVM. */
    record Hello(String token, long pid) implements Message {
        static final int TYPE = 10;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeString(token).writeLong(pid);
        }
    }

    /** The worker's Launcher is ready; {@code uptimeNanos} since its JVM started. */
    record Ready(long uptimeNanos) implements Message {
        static final int TYPE = 11;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeLong(uptimeNanos);
        }
    }

    /** The test's lifecycle ran up to the method: tasks may come. */
    record SessionReady() implements Message {
        static final int TYPE = 12;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE);
        }
    }

    /** One task completed. */
    record TaskDone(int index, long latencyNanos) implements Message {
        static final int TYPE = 13;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeInt(index).writeLong(latencyNanos);
        }
    }

    /** One task failed; the rest of its batch is not run. */
    record TaskFailed(int index, ThrowableData failure) implements Message {
        static final int TYPE = 14;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeInt(index);
            failure.write(out);
        }
    }

    /**
     * A batch is over: CPU time the worker used for it (all threads, and the task thread), how
     * long the task thread was busy with it and how long of that it waited for a core ({@code -1}
     * where unknown).
     */
    record BatchDone(long cpuNanos, long taskCpuNanos, long busyNanos, long queuedNanos) implements Message {
        static final int TYPE = 15;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeLong(cpuNanos).writeLong(taskCpuNanos).writeLong(busyNanos).writeLong(queuedNanos);
        }
    }

    /**
     * The test left the worker's Launcher. {@code problem} says why it did not (or no longer) serve
     * tasks, {@code null} when all went well; {@code failure} is the exception, if any.
     */
    record SessionFinished(String problem, ThrowableData failure) implements Message {
        static final int TYPE = 16;

        @Override
        public void write(WireOut out) throws IOException {
            out.writeType(TYPE).writeString(problem).writeBoolean(failure != null);
            if (failure != null) {
                failure.write(out);
            }
        }
    }

    /** Reads one frame; {@code null} at the end of the stream. */
    static Message read(WireIn in) throws IOException {
        int type = in.readType();
        return switch (type) {
            case -1 -> null;
            case RunTest.TYPE -> {
                String uniqueId = in.readString();
                int count = in.readInt();
                Map<String, String> configuration = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    configuration.put(in.readString(), in.readString());
                }
                yield new RunTest(uniqueId, configuration);
            }
            case RunTask.TYPE -> new RunTask(in.readString());
            case Tasks.TYPE -> new Tasks(in.readInt(), in.readInts());
            case EndSession.TYPE -> new EndSession();
            case Shutdown.TYPE -> new Shutdown();
            case Hello.TYPE -> new Hello(in.readString(), in.readLong());
            case Ready.TYPE -> new Ready(in.readLong());
            case SessionReady.TYPE -> new SessionReady();
            case TaskDone.TYPE -> new TaskDone(in.readInt(), in.readLong());
            case TaskFailed.TYPE -> new TaskFailed(in.readInt(), ThrowableData.read(in));
            case BatchDone.TYPE -> new BatchDone(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            case SessionFinished.TYPE -> new SessionFinished(in.readString(), in.readBoolean() ? ThrowableData.read(in) : null);
            default -> throw new IOException("corrupt channel: unknown frame type " + type);
        };
    }
}
