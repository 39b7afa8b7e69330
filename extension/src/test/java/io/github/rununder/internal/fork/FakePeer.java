package io.github.rununder.internal.fork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A process on loopback that reaches a worker's port before the worker: the spawner starts the
 * real worker JVM (so the test can check it is destroyed), keeps the token the test JVM writes to
 * the worker's standard input, and connects first to play {@link Script}.
 */
final class FakePeer implements Spawner {

    /** What the fake peer does once connected; it knows the token the worker was given. */
    @FunctionalInterface
    interface Script {
        void play(Socket socket, CompletableFuture<String> token) throws Exception;
    }

    private final Script script;

    FakePeer(Script script) {
        this.script = script;
    }

    @Override
    public Process spawn(List<String> command, Path directory) throws IOException {
        int port = Integer.parseInt(command.get(command.size() - 2));
        Process real = PROCESS_BUILDER.spawn(command, directory);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        CompletableFuture<String> token = new CompletableFuture<>();
        Thread player = new Thread(() -> {
            try (socket) {
                script.play(socket, token);
            } catch (Exception ignored) {
                // the test JVM hung up on it, as it should
            }
        }, "fake-peer");
        player.setDaemon(true);
        player.start();
        return new TokenKeeping(real, token);
    }

    /** The real process, except that what the test JVM writes to its standard input goes to the fake peer. */
    private static final class TokenKeeping extends Process {
        private final Process real;
        private final OutputStream stdin;

        TokenKeeping(Process real, CompletableFuture<String> token) {
            this.real = real;
            this.stdin = new OutputStream() {
                private final ByteArrayOutputStream line = new ByteArrayOutputStream();

                @Override
                public void write(int b) {
                    if (b == '\n') {
                        token.complete(line.toString(StandardCharsets.UTF_8));
                    } else {
                        line.write(b);
                    }
                }

                @Override
                public void close() throws IOException {
                    real.getOutputStream().close();
                }
            };
        }

        @Override
        public OutputStream getOutputStream() {
            return stdin;
        }

        @Override
        public InputStream getInputStream() {
            return real.getInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return real.getErrorStream();
        }

        @Override
        public int waitFor() throws InterruptedException {
            return real.waitFor();
        }

        @Override
        public int exitValue() {
            return real.exitValue();
        }

        @Override
        public void destroy() {
            real.destroy();
        }

        @Override
        public Process destroyForcibly() {
            real.destroyForcibly();
            return this;
        }

        @Override
        public boolean isAlive() {
            return real.isAlive();
        }

        @Override
        public long pid() {
            return real.pid();
        }

        @Override
        public ProcessHandle toHandle() {
            return real.toHandle();
        }
    }
}
