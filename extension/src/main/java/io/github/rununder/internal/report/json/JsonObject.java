package io.github.rununder.internal.report.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads from one parsed JSON object. Missing members and {@code null} read as absent;
 * a member of the wrong type is a {@link MalformedJsonException} naming it. Members this class
 * is not asked about are ignored, so newer writers may add fields.
 */
public final class JsonObject {

    private final Map<?, ?> members;

    private JsonObject(Map<?, ?> members) {
        this.members = members;
    }

    static JsonObject of(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObject(map);
        }
        throw new MalformedJsonException("Expected an object, but found " + JsonReader.describe(value));
    }

    public boolean has(String name) {
        return members.get(name) != null;
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(typed(name, String.class));
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> missing(name));
    }

    public Optional<Long> whole(String name) {
        Object value = members.get(name);
        if (value instanceof Double d && d == Math.rint(d)) {
            return Optional.of(d.longValue());
        }
        return Optional.ofNullable(typed(name, Long.class));
    }

    public long whole(String name, long fallback) {
        return whole(name).orElse(fallback);
    }

    public int integer(String name, int fallback) {
        return whole(name).map(Long::intValue).orElse(fallback);
    }

    public Optional<Double> decimal(String name) {
        Number number = typed(name, Number.class);
        return Optional.ofNullable(number).map(Number::doubleValue);
    }

    public Optional<Boolean> bool(String name) {
        return Optional.ofNullable(typed(name, Boolean.class));
    }

    public Optional<JsonObject> object(String name) {
        Object value = members.get(name);
        return value == null ? Optional.empty() : Optional.of(of(value));
    }

    public List<JsonObject> objects(String name) {
        List<JsonObject> objects = new ArrayList<>();
        for (Object item : list(name)) {
            objects.add(of(item));
        }
        return objects;
    }

    List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(name)) {
            if (!(item instanceof String text)) {
                throw new MalformedJsonException("'" + name + "' must hold strings, but holds " + JsonReader.describe(item));
            }
            texts.add(text);
        }
        return texts;
    }

    /** A list of numbers; empty when absent. Decimal values are rounded. */
    public long[] longs(String name) {
        List<?> items = list(name);
        long[] values = new long[items.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(items.get(i) instanceof Number number)) {
                throw new MalformedJsonException("'" + name + "' must hold numbers, but holds "
                        + JsonReader.describe(items.get(i)));
            }
            values[i] = Math.round(number.doubleValue());
        }
        return values;
    }

    /** A list of numbers, each {@code null} where the array holds {@code null}; empty when absent. */
    public List<Double> decimals(String name) {
        List<Double> values = new ArrayList<>();
        for (Object item : list(name)) {
            if (item != null && !(item instanceof Number)) {
                throw new MalformedJsonException("'" + name + "' must hold numbers, but holds " + JsonReader.describe(item));
            }
            values.add(item == null ? null : ((Number) item).doubleValue());
        }
        return values;
    }

    /** The raw value of a member, as {@link JsonReader} made it, or {@code null}. */
    Object raw(String name) {
        return members.get(name);
    }

    /** The names of every member, in the order they were written. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Object key : members.keySet()) {
            names.add((String) key);
        }
        return names;
    }

    private List<?> list(String name) {
        Object value = members.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new MalformedJsonException("'" + name + "' must be an array, but is " + JsonReader.describe(value));
    }

    private <T> T typed(String name, Class<T> type) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new MalformedJsonException("'" + name + "' must be " + article(type) + ", but is "
                    + JsonReader.describe(value));
        }
        return type.cast(value);
    }

    private static String article(Class<?> type) {
        return type == String.class ? "a string" : type == Boolean.class ? "a boolean" : "a number";
    }

    private static MalformedJsonException missing(String name) {
        return new MalformedJsonException("'" + name + "' is missing");
    }
}
