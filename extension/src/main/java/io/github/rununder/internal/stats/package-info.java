/** Intervals, the verdict engine, workload classification and instability checks; JDK only. */
package io.github.rununder.internal.stats;
