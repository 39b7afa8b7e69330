/**
 * The one use case behind {@code @RunUnder} and {@code Compare}: each model's own rounds (warm-up
 * until warm, then measured), every model measured again interleaved with the others, and from
 * those rounds the verdicts, the contention review, the classification, the fastest model and the
 * recommendation, in one immutable {@link io.github.rununder.internal.engine.ExperimentResult}.
 */
package io.github.rununder.internal.engine;
