package io.github.rununder.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRecordTest {

    private static final List<PinnedPark> PINNED = List.of(new PinnedPark("LedgerTest.post(LedgerTest.java:41)",
            "a native frame", 2, 5_000_000L));

    @Test
    void theTimeBudgetAndThePinningAreThoseOfTheInterleavedRoundsWhereThereAreAny() {
        ModelResult own = Synthetic.result(Model.VIRTUAL_THREADS, 8, 4, 0.5, 10, 60, 61, 62);
        own.timeBudget(budget(100_000_000L, List.of()));
        ModelResult interleaved = Synthetic.result(Model.VIRTUAL_THREADS, 8, 4, 0.5, 10, 63, 64, 65);
        TimeBudget compared = budget(200_000_000L, PINNED);
        interleaved.timeBudget(compared);
        interleaved.pinning(PINNED);

        ModelRecord record = ModelRecord.of(new ModelOutcome(own.arm(), ModelOutcome.Status.MEASURED, null, own, null,
                interleaved), 1, Status.PASSED, null);

        assertThat(record.roundsBasis()).isEqualTo("interleaved");
        assertThat(record.time()).isSameAs(compared);
        assertThat(record.pinning()).isEqualTo(PINNED);
    }

    @Test
    void thePinnedParksTheWatchSawInTheOwnRoundsAreReportedWhereTheInterleavedRoundsHaveNone() {
        ModelResult own = Synthetic.result(Model.VIRTUAL_THREADS, 8, 4, 0.5, 10, 60, 61, 62);
        own.pinning(PINNED);
        ModelResult interleaved = Synthetic.result(Model.VIRTUAL_THREADS, 8, 4, 0.5, 10, 63, 64, 65);

        ModelRecord record = ModelRecord.of(new ModelOutcome(own.arm(), ModelOutcome.Status.MEASURED, null, own, null,
                interleaved), 1, Status.PASSED, null);

        assertThat(record.pinning()).isEqualTo(PINNED);
        assertThat(record.time()).isNull();
    }

    @Test
    void aModelComparedWithNothingKeepsItsOwnBudgetAndThePinnedParksItSaw() {
        ModelResult own = Synthetic.result(Model.VIRTUAL_THREADS, 8, 4, 0.5, 10, 60, 61, 62);
        TimeBudget budget = budget(100_000_000L, PINNED);
        own.timeBudget(budget);

        ModelRecord record = Synthetic.record(own);

        assertThat(record.time()).isSameAs(budget);
        assertThat(record.pinning()).as("the budget's, where the result has no list of its own").isEqualTo(PINNED);
        assertThat(Synthetic.record(Synthetic.result(Model.THREADS, 8, 4, 0.5, 10, 20)).time()).isNull();
    }

    private static TimeBudget budget(long cpuNanos, List<PinnedPark> pinned) {
        return new TimeBudget(24, Map.of(TimePart.CPU, cpuNanos), Map.of(), List.of(), 0, 0, 0, pinned);
    }
}
