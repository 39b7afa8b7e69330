/** The validated description of one comparison, and the messages for invalid ones; no JUnit here. */
package io.github.rununder.internal.plan;
