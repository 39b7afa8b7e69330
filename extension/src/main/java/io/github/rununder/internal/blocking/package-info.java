/** Finds tasks that block the ASYNC event loop: that it happened, from CPU time; where, from the flight recorder. */
package io.github.rununder.internal.blocking;
