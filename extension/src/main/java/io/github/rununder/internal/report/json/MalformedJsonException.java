package io.github.rununder.internal.report.json;

/** JSON text that cannot be read, or that lacks what the report needs; the message says where. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
        super(message);
    }
}
