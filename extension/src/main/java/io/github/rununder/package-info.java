/** RunUnder's public API: the annotations, the models, and what a task sees of itself. */
package io.github.rununder;
