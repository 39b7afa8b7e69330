/**
 * Intervals, the verdict engine, workload classification, instability checks and the scalability
 * fit (the Universal Scalability Law, its bootstrap and the best concurrency of a sweep); JDK only.
 */
package io.github.rununder.internal.stats;
