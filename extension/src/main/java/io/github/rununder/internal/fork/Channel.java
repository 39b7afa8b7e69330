package io.github.rununder.internal.fork;

import java.io.IOException;
import java.net.Socket;

/**
 * One end of the framed channel over a loopback socket. Sending is thread-safe; receiving is done
 * by one thread.
 */
final class Channel implements AutoCloseable {

    private final Socket socket;
    private final WireIn in;
    private final WireOut out;

    Channel(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new WireIn(new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024));
        this.out = new WireOut(socket.getOutputStream());
    }

    synchronized void send(Message message) throws IOException {
        message.write(out);
        out.flush();
    }

    /** The next message, or {@code null} once the other end closed the channel. */
    Message receive() throws IOException {
        return Message.read(in);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
