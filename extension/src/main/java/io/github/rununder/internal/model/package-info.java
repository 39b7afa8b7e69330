/**
 * One execution model per {@link io.github.rununder.Model}: each runs rounds of tasks through a
 * {@link io.github.rununder.internal.model.TaskInvoker} and returns raw timings. Knows nothing of
 * JUnit or reports.
 */
package io.github.rununder.internal.model;
