package io.github.rununder.it;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing claim on its own fails the user's build, and the build output says which claim and why. */
class FailingClaimIT {

    @Test
    void aFailingClaimFailsTheBuildAndTheOutputShowsItsMessage() {
        BuildResult build = ConsumerBuild.of("first-project", "failing-claim-only")
                .property("test", "FalseClaimTest")
                .run();

        assertThat(build.exitCode()).as("exit code of %s", build).isNotZero();
        // Unless RunUnder left the claim unchecked, the machine being busy.
        RunUnderNodes.of(build.surefireReports(), "com.example.FalseClaimTest", "sleepersOneAfterAnother",
                List.of(SEQUENTIAL, THREADS)).verdictChecked();
        assertThat(build.log())
                .contains("Tests run: 3, Failures: 1, Errors: 0, Skipped: 0")
                .contains("BUILD FAILURE")
                .contains("FalseClaimTest.sleepersOneAfterAnother")
                // "2.0×": the sign is left out, as a console without UTF-8 prints it as "?".
                .contains("Expected SEQUENTIAL to be at least 2.0")
                .contains("faster than THREADS, but it was");
    }
}
