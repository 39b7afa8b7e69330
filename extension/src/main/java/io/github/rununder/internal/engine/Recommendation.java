package io.github.rununder.internal.engine;

import io.github.rununder.Model;

/**
 * The model to use for a workload, at which concurrency, and why, in one line.
 *
 * @param model the recommended model
 * @param concurrency the concurrency to run it at: its best concurrency in a sweep, else the one it
 *     ran at; 1 for {@code SEQUENTIAL}
 * @param reason for example {@code CPU-bound: THREADS is the fastest, 1.9× SEQUENTIAL, keeping 1.9 of 2 cores busy}
 */
public record Recommendation(Model model, int concurrency, String reason) {}
