/** Clocks, rounds, CPU time, latency histograms and the result of one model run; JDK only. */
package io.github.rununder.internal.measure;
