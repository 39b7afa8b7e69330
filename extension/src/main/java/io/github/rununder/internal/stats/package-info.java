/**
 * Intervals, the verdict engine, workload classification, instability checks and the scalability
 * fit (the Universal Scalability Law, its bootstrap and the best concurrency of a sweep), and the
 * explanation of a comparison from two time budgets; JDK only.
 */
package io.github.rununder.internal.stats;
