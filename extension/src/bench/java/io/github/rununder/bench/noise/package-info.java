/** Benchmarks of RunUnder that write their figures to files; run by Maven profiles, never by the normal build. */
package io.github.rununder.bench.noise;
