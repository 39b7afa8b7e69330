/**
 * The JUnit side of RunUnder: the test-template provider, one invocation per model and the
 * verdict, reading annotations and configuration into a plan, node names and report entries.
 */
package io.github.rununder.internal.junit;
