package io.github.rununder.internal.measure;

/**
 * A method the flight recorder's execution samples found running the tasks' code.
 *
 * @param method the sampled top frame's method, such as {@code org.h2.value.Value.cache}
 * @param samples how many execution samples had it on top
 */
public record HotMethod(String method, long samples) {}
