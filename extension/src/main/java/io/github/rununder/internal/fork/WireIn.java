package io.github.rununder.internal.fork;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the values the channel is made of. Only primitives, strings and lists of them travel: no
 * Java serialisation, so nothing a peer sends is ever turned into objects of its choosing.
 */
final class WireIn {

    /** Longer strings are refused: no frame of ours comes near it, a corrupt one might. */
    private static final int MAX_STRING = 64 * 1024 * 1024;

    private final DataInputStream in;

    WireIn(InputStream in) {
        this.in = new DataInputStream(in);
    }

    byte readByte() throws IOException {
        return in.readByte();
    }

    boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    long readLong() throws IOException {
        return in.readLong();
    }

    /** A string, or {@code null}. */
    String readString() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("corrupt frame: string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int[] readInts() throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING / 4) {
            throw new IOException("corrupt frame: " + length + " ints");
        }
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** The next frame's type, or {@code -1} at the end of the stream. */
    int readType() throws IOException {
        try {
            return in.readUnsignedByte();
        } catch (EOFException end) {
            return -1;
        }
    }
}
