package io.github.rununder.internal.report;

import io.github.rununder.Model;

/**
 * The model the report recommends for a workload, and why, in one line.
 *
 * @param model the recommended model
 * @param reason for example {@code CPU-bound: THREADS is the fastest, 1.9× SEQUENTIAL, keeping 1.9 of 2 cores busy}
 */
record Recommendation(Model model, String reason) {}
