package io.github.rununder.internal.fork;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the values the channel is made of; see {@link WireIn}. Not thread-safe. */
final class WireOut {

    private final DataOutputStream out;

    WireOut(OutputStream out) {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 16 * 1024));
    }

    WireOut writeType(int type) throws IOException {
        out.writeByte(type);
        return this;
    }

    WireOut writeBoolean(boolean value) throws IOException {
        out.writeBoolean(value);
        return this;
    }

    WireOut writeInt(int value) throws IOException {
        out.writeInt(value);
        return this;
    }

    WireOut writeLong(long value) throws IOException {
        out.writeLong(value);
        return this;
    }

    WireOut writeString(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        return this;
    }

    WireOut writeInts(int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
        return this;
    }

    void flush() throws IOException {
        out.flush();
    }
}
