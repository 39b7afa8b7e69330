/** Runs comparisons of the code-driven API ({@code Compare.workload}) on the annotation's engine, without JUnit. */
package io.github.rununder.internal.compare;
