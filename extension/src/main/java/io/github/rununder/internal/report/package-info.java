/**
 * The build-time report: the results of a whole run, collected by a JUnit Platform listener,
 * merged over test JVMs and written as {@code report.json}, {@code report.html} and
 * {@code report.md}; classification, recommendation and baseline comparison.
 */
package io.github.rununder.internal.report;
