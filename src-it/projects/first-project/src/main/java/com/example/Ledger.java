package com.example;

/** A ledger every caller posts to under its monitor: correct, and a queue for threads. */
public final class Ledger {

    private long total;

    /** Adds {@code amount}, after 300 µs of checks, holding the ledger's monitor. */
    public synchronized void post(long amount) {
        long end = System.nanoTime() + 300_000;
        long checks = 0;
        while (System.nanoTime() < end) {
            checks++;
        }
        total += amount + (checks & 0);
    }

    public synchronized long total() {
        return total;
    }
}
