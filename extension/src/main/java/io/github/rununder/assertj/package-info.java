/**
 * AssertJ assertions on a {@link io.github.rununder.Comparison}, decided by the same statistics as
 * the annotations; entry point {@link io.github.rununder.assertj.RunUnderAssertions#assertThat}.
 * Needs AssertJ on the class path, which the library declares optional.
 */
package io.github.rununder.assertj;
