/**
 * RunUnder's public API: the annotations, the models, what a task sees of itself, and the
 * code-driven {@link io.github.rununder.Compare}.
 */
package io.github.rununder;
