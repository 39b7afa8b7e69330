package io.github.rununder.internal.fork;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;

/**
 * One end of the framed channel over a loopback socket. A frame is a type byte, the payload's
 * length (an int) and the payload; the length is checked against {@link #MAX_FRAME} before the
 * payload is read, so a corrupt or hostile length never allocates more than that. Sending is
 * thread-safe; receiving is done by one thread.
 *
 * <p>The format grows in two ways, both compatible with the other end: a new frame is a new
 * {@link Message} record with a type number of its own, and a new field of an existing frame is
 * written after the others and read with {@link WireIn#hasMore()} (an older reader ignores it).
 * {@link Message#PROTOCOL} changes only when a change is not compatible; the test JVM refuses a
 * worker whose {@link Message.Hello} names another.
 */
final class Channel implements AutoCloseable {

    /** No frame of ours comes near it (a failure with its stack is kilobytes); a corrupt one might. */
    static final int MAX_FRAME = 8 * 1024 * 1024;

    /** The hello carries a token and a process id: anything longer is not a hello. */
    static final int MAX_HELLO = 1024;

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    Channel(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 16 * 1024));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 16 * 1024));
    }

    synchronized void send(Message message) throws IOException {
        WireOut payload = new WireOut();
        message.write(payload);
        if (payload.size() > MAX_FRAME) {
            throw new IOException(message.getClass().getSimpleName() + " of " + payload.size()
                    + " bytes is larger than a frame may be (" + MAX_FRAME + ")");
        }
        out.writeByte(message.type());
        out.writeInt(payload.size());
        out.write(payload.toByteArray());
        out.flush();
    }

    /** The next message, or {@code null} once the other end closed the channel. */
    Message receive() throws IOException {
        int type = readType();
        return type == -1 ? null : Message.decode(type, new WireIn(payload(type, MAX_FRAME)));
    }

    /**
     * The first frame, which must be a hello: anything else is refused before its payload is read.
     *
     * @throws IOException when the channel ends, the frame is not a hello, or a read times out
     */
    Message.Hello receiveHello() throws IOException {
        int type = readType();
        if (type == -1) {
            throw new EOFException("the channel closed before a hello");
        }
        if (type != Message.Hello.TYPE) {
            throw new IOException("the first frame was of type " + type + ", not a hello");
        }
        return (Message.Hello) Message.decode(type, new WireIn(payload(type, MAX_HELLO)));
    }

    /** How long a read may block from now on; {@code 0} for ever. */
    void readTimeout(long nanos) throws IOException {
        socket.setSoTimeout(nanos <= 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000)));
    }

    private int readType() throws IOException {
        try {
            return in.readUnsignedByte();
        } catch (EOFException end) {
            return -1;
        }
    }

    private byte[] payload(int type, int max) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > max) {
            throw new CorruptFrameException("corrupt channel: a frame of type " + type + " announced " + length
                    + " bytes, more than the " + max + " allowed");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
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
