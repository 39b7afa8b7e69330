package io.github.rununder.internal.fork;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the values of one frame's payload; see {@link WireIn}. Not thread-safe. */
final class WireOut {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

    WireOut writeBoolean(boolean value) {
        bytes.write(value ? 1 : 0);
        return this;
    }

    WireOut writeInt(int value) {
        bytes.write(value >>> 24);
        bytes.write(value >>> 16);
        bytes.write(value >>> 8);
        bytes.write(value);
        return this;
    }

    WireOut writeLong(long value) {
        writeInt((int) (value >>> 32));
        return writeInt((int) value);
    }

    WireOut writeString(String value) {
        if (value == null) {
            return writeInt(-1);
        }
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        writeInt(encoded.length);
        bytes.write(encoded, 0, encoded.length);
        return this;
    }

    int size() {
        return bytes.size();
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
