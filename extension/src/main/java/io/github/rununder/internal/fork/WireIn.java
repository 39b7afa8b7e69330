package io.github.rununder.internal.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the values of one frame's payload, which {@link Channel} has already read whole and whose
 * size it has checked. Every length is checked against what is left of the payload before
 * anything is allocated, so a corrupt or hostile frame can make the reader fail but never make it
 * allocate more than the frame itself. Only primitives, strings and lists of them travel: no Java
 * serialisation, so nothing a peer sends is ever turned into objects of its choosing.
 *
 * <p>A reader may stop before the end of the payload: fields added at the end of a frame by a newer
 * writer are ignored by an older reader, and {@link #hasMore()} lets a newer reader give a default
 * to a field an older writer did not send.
 */
final class WireIn {

    private final byte[] payload;
    private int position;

    WireIn(byte[] payload) {
        this.payload = payload;
    }

    /** Whether the frame has more fields: {@code false} where an older writer sent fewer. */
    boolean hasMore() {
        return position < payload.length;
    }

    boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    int readInt() throws IOException {
        need(4);
        int value = ((payload[position] & 0xff) << 24) | ((payload[position + 1] & 0xff) << 16)
                | ((payload[position + 2] & 0xff) << 8) | (payload[position + 3] & 0xff);
        position += 4;
        return value;
    }

    long readLong() throws IOException {
        long high = readInt() & 0xffffffffL;
        long low = readInt() & 0xffffffffL;
        return (high << 32) | low;
    }

    /** A long field appended in a later version of a frame, or {@code fallback} where the writer did not send it. */
    long readLongOr(long fallback) throws IOException {
        return hasMore() ? readLong() : fallback;
    }

    /** A string, or {@code null}. */
    String readString() throws IOException {
        int length = readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > payload.length - position) {
            throw new CorruptFrameException("corrupt frame: a string of " + length + " bytes where " + (payload.length - position)
                    + " are left");
        }
        String value = new String(payload, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** A count of items that each take at least {@code minBytes}: refused if the frame cannot hold them. */
    int readCount(int minBytes) throws IOException {
        int count = readInt();
        if (count < 0 || (long) count * minBytes > payload.length - position) {
            throw new CorruptFrameException("corrupt frame: " + count + " items where " + (payload.length - position)
                    + " bytes are left");
        }
        return count;
    }

    private byte readByte() throws IOException {
        need(1);
        return payload[position++];
    }

    private void need(int bytes) throws IOException {
        if (payload.length - position < bytes) {
            throw new CorruptFrameException("corrupt frame: it ends in the middle of a field");
        }
    }
}
