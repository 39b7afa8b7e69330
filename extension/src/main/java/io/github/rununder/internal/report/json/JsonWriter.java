package io.github.rununder.internal.report.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes JSON text, one token at a time, into a {@link StringBuilder}: enough for the report and
 * the report entries, without a JSON library on every user's class path. Numbers that are not
 * finite are written as {@code null}. The caller keeps objects and arrays balanced.
 */
public final class JsonWriter {

    private final StringBuilder out;
    private final Map<String, String> quotedNames = new HashMap<>();
    private boolean commaNeeded;

    JsonWriter(StringBuilder out) {
        this.out = out;
    }

    JsonWriter() {
        this(new StringBuilder(256));
    }

    JsonWriter beginObject() {
        separate();
        out.append('{');
        commaNeeded = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        commaNeeded = true;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        commaNeeded = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        commaNeeded = true;
        return this;
    }

    /** Starts a member of the current object; a value, object or array must follow. */
    JsonWriter name(String name) {
        separate();
        // A report repeats the same few dozen names hundreds of thousands of times: quote each once.
        String quoted = quotedNames.get(name);
        if (quoted == null) {
            int start = out.length();
            string(name);
            quoted = out.substring(start);
            if (quotedNames.size() < 1000) {
                quotedNames.put(name, quoted);
            }
        } else {
            out.append(quoted);
        }
        out.append(':');
        commaNeeded = false;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        commaNeeded = true;
        return this;
    }

    JsonWriter value(long value) {
        separate();
        out.append(value);
        commaNeeded = true;
        return this;
    }

    /** A duration: whole nanoseconds, as nothing finer is measured. */
    JsonWriter nanos(String name, double value) {
        name(name);
        return Double.isNaN(value) || Double.isInfinite(value) ? nullValue() : value(Math.round(value));
    }

    JsonWriter value(double value) {
        separate();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(value);
        }
        commaNeeded = true;
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        commaNeeded = true;
        return this;
    }

    JsonWriter nullValue() {
        separate();
        out.append("null");
        commaNeeded = true;
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, double value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** A field that is {@code null} when {@code value} is negative: "not measured". */
    JsonWriter fieldOrNull(String name, long value) {
        return value < 0 ? name(name).nullValue() : name(name).value(value);
    }

    JsonWriter array(String name, long[] values) {
        name(name).beginArray();
        for (long value : values) {
            value(value);
        }
        return endArray();
    }

    JsonWriter array(String name, Iterable<String> values) {
        name(name).beginArray();
        for (String value : values) {
            value(value);
        }
        return endArray();
    }

    /** Writes a value as {@link JsonReader} reads it: maps, lists, strings, numbers, booleans, {@code null}. */
    JsonWriter any(Object value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof String text) {
            return value(text);
        }
        if (value instanceof Boolean bool) {
            return value(bool.booleanValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return value(number.doubleValue());
        }
        if (value instanceof java.util.Map<?, ?> map) {
            beginObject();
            map.forEach((k, v) -> name(String.valueOf(k)).any(v));
            return endObject();
        }
        if (value instanceof Iterable<?> items) {
            beginArray();
            items.forEach(this::any);
            return endArray();
        }
        return value(value.toString());
    }

    /** Appends already-written JSON as the next value. */
    JsonWriter raw(String json) {
        separate();
        out.append(json);
        commaNeeded = true;
        return this;
    }

    /** What was written so far. */
    StringBuilder builder() {
        return out;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (commaNeeded) {
            out.append(',');
        }
    }

    private void string(String text) {
        out.append('"');
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain))) {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029';
    }
}
