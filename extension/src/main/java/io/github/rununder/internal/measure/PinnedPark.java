package io.github.rununder.internal.measure;

/**
 * Virtual threads pinned to their carrier where they parked, at one site.
 *
 * @param site the user's frame, such as {@code LedgerTest.post(LedgerTest.java:41)}
 * @param reason why the virtual thread could not unmount: {@code a monitor}, {@code a native frame},
 *     {@code a class initialiser}, or what the JDK said
 * @param count how many pinned parks the recording saw there
 * @param totalNanos how long they lasted in all
 */
public record PinnedPark(String site, String reason, long count, long totalNanos) {}
