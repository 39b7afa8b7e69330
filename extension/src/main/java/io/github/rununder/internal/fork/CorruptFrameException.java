package io.github.rununder.internal.fork;

import java.io.IOException;

/** A frame that breaks the channel's rules: too long, cut short, nested too deep, of an unknown type. */
final class CorruptFrameException extends IOException {

    private static final long serialVersionUID = 1L;

    CorruptFrameException(String message) {
        super(message);
    }
}
