package io.github.rununder.internal.report;

import java.util.List;

/**
 * What the verdict node of a {@code @RunUnder} method did.
 *
 * @param status how the node ended
 * @param message why it failed or was aborted, else {@code null}
 * @param mode the {@code rununder.verdicts} mode it ran in, or {@code null} when unknown
 * @param claims every expectation, checked or not
 * @param warnings what it reported instead of failing ({@code rununder.verdicts=warn})
 */
public record VerdictRecord(Status status, String message, String mode, List<ClaimRecord> claims, List<String> warnings) {

    public VerdictRecord {
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }

    /** Claims that hold. */
    public long holding() {
        return claims.stream().filter(ClaimRecord::holds).count();
    }
}
