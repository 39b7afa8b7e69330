package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.plan.Expectation;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AdaptiveVerdictsTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);
    private final IntervalVerdictEngine engine = new IntervalVerdictEngine();

    @Test
    void aClearClaimIsDecidedWithoutExtraRounds() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(1).model(SEQUENTIAL, 60, 5).model(THREADS, 10, 5);

        AdaptiveVerdicts.Outcome outcome = decide(machine, BUDGET, new Expectation.Faster(THREADS, SEQUENTIAL, 3.0));

        assertThat(outcome.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS);
        assertThat(outcome.stop()).isEqualTo(AdaptiveVerdicts.Stop.DECIDED);
        assertThat(outcome.extraRounds()).isEmpty();
        assertThat(outcome.looks()).isEqualTo(1);
        assertThat(machine.order()).isEmpty();
    }

    @Test
    void anOutlyingRoundLeavesTheFirstLookUndecidedAndTheNextLookDecides() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(2)
                .model(SEQUENTIAL, 60, 5)
                .model(THREADS, 10, 4).rounds(THREADS, 100);
        assertThat(engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 3.0), Samples.ONE, machine.results()).outcome())
                .isEqualTo(Verdict.Outcome.UNDECIDED);

        AdaptiveVerdicts.Outcome outcome = decide(machine, BUDGET, new Expectation.Faster(THREADS, SEQUENTIAL, 3.0));

        assertThat(outcome.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS);
        assertThat(outcome.extraRounds()).containsExactly(Map.entry(arm(SEQUENTIAL), 5), Map.entry(arm(THREADS), 5));
        assertThat(outcome.looks()).isEqualTo(2);
        assertThat(outcome.verdicts().get(0).message()).contains("10 rounds each");
    }

    @Test
    void everyCycleRunsEachOpenModelOnceInAShuffledOrder() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(3)
                .model(SEQUENTIAL, 10, 5).model(THREADS, 10, 5).model(ASYNC, 10, 5);

        decide(machine, BUDGET, new Expectation.Fastest(THREADS));

        List<Model> order = machine.order();
        assertThat(order).hasSizeGreaterThanOrEqualTo(15).size().matches(size -> size % 3 == 0, "whole cycles");
        Set<List<Model>> distinctCycles = new HashSet<>();
        for (int cycle = 0; cycle < order.size() / 3; cycle++) {
            List<Model> models = order.subList(cycle * 3, cycle * 3 + 3);
            assertThat(models).as("cycle %d", cycle).containsExactlyInAnyOrder(SEQUENTIAL, THREADS, ASYNC);
            distinctCycles.add(List.copyOf(models));
        }
        assertThat(distinctCycles).as("orders of the cycles").hasSizeGreaterThan(1);
    }

    @Test
    void theSameSeedGivesTheSameOrder() throws TimeoutException {
        SimulatedMachine first = new SimulatedMachine(4).model(SEQUENTIAL, 10, 5).model(THREADS, 10, 5);
        SimulatedMachine second = new SimulatedMachine(4).model(SEQUENTIAL, 10, 5).model(THREADS, 10, 5);

        decide(first, BUDGET, new Expectation.Faster(THREADS, SEQUENTIAL, 1.0));
        decide(second, BUDGET, new Expectation.Faster(THREADS, SEQUENTIAL, 1.0));

        assertThat(first.order()).isNotEmpty().isEqualTo(second.order());
    }

    @Test
    void onlyTheModelsOfUndecidedComparisonsAreMeasuredAgain() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(5)
                .model(SEQUENTIAL, 60, 5).model(THREADS, 10, 5).model(ASYNC, 10, 5);

        AdaptiveVerdicts.Outcome outcome = decide(machine, BUDGET,
                new Expectation.Faster(THREADS, SEQUENTIAL, 3.0), new Expectation.Faster(ASYNC, THREADS, 1.0));

        assertThat(outcome.verdicts().get(0).outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(machine.order()).isNotEmpty().doesNotContain(SEQUENTIAL);
    }

    @Test
    void roundsDoubleBetweenLooksAndTheLooksStopAtFive() throws TimeoutException {
        // Two models that tie: a claim of "at least as fast" can stay undecided for ever.
        SimulatedMachine machine = new SimulatedMachine(6).model(SEQUENTIAL, 10, 5).model(THREADS, 10, 5);

        AdaptiveVerdicts.Outcome outcome = decide(machine, Duration.ofHours(1),
                new Expectation.Faster(THREADS, SEQUENTIAL, 1.0));

        assertThat(outcome.stop()).isEqualTo(AdaptiveVerdicts.Stop.LOOKS_SPENT);
        assertThat(outcome.looks()).isEqualTo(AdaptiveVerdicts.MAX_LOOKS);
        assertThat(outcome.extraRounds()).containsEntry(arm(THREADS), 75).containsEntry(arm(SEQUENTIAL), 75);
        assertThat(outcome.verdicts().get(0).message())
                .contains("(99% CI ").contains("80 rounds each), which straddles 1.0×; LOOKS_SPENT");
    }

    @Test
    void tooFewRoundsAreToppedUpToTheMinimumFirst() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(7).model(SEQUENTIAL, 60, 2).model(THREADS, 10, 2);

        AdaptiveVerdicts.Outcome outcome = decide(machine, BUDGET, new Expectation.Faster(THREADS, SEQUENTIAL, 3.0));

        assertThat(outcome.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS);
        assertThat(outcome.extraRounds()).containsEntry(arm(THREADS), 3).containsEntry(arm(SEQUENTIAL), 3);
        assertThat(outcome.looks()).as("a look without enough rounds for an interval does not count").isEqualTo(1);
    }

    @Test
    void noBudgetMeasuresNothingAndSaysWhy() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(8).model(SEQUENTIAL, 60, 2).model(THREADS, 10, 2);

        AdaptiveVerdicts.Outcome outcome = decide(machine, Duration.ZERO, new Expectation.Faster(THREADS, SEQUENTIAL, 3.0));

        assertThat(outcome.stop()).isEqualTo(AdaptiveVerdicts.Stop.BUDGET_SPENT);
        assertThat(machine.order()).isEmpty();
        assertThat(outcome.verdicts().get(0).outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(outcome.verdicts().get(0).message()).endsWith("; BUDGET_SPENT");
    }

    @Test
    void noCycleStartsThatWouldEndBeyondTheBudget() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(9).model(SEQUENTIAL, 100, 5).model(THREADS, 100, 5);

        AdaptiveVerdicts.Outcome outcome = decide(machine, Duration.ofMillis(1000),
                new Expectation.Faster(THREADS, SEQUENTIAL, 1.0));

        assertThat(outcome.stop()).isEqualTo(AdaptiveVerdicts.Stop.BUDGET_SPENT);
        assertThat(outcome.nanos()).isLessThanOrEqualTo(Duration.ofMillis(1000).toNanos());
        assertThat(machine.order()).hasSizeBetween(6, 10);
    }

    @Test
    void aFailedClaimStopsTheMeasuring() throws TimeoutException {
        SimulatedMachine machine = new SimulatedMachine(10).model(SEQUENTIAL, 60, 5).model(THREADS, 10, 5);

        AdaptiveVerdicts.Outcome outcome = decide(machine, BUDGET, new Expectation.Faster(SEQUENTIAL, THREADS, 1.0));

        assertThat(outcome.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.FAILS);
        assertThat(machine.order()).isEmpty();
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatThrownBy(() -> new InterleavedCycles(Map.of(), model -> {}, Duration.ofSeconds(-1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the budget must not be negative: PT-1S");
    }

    private AdaptiveVerdicts.Outcome decide(SimulatedMachine machine, Duration budget, Expectation... expectations)
            throws TimeoutException {
        return new AdaptiveVerdicts(engine, new InterleavedCycles(machine.results(), machine, budget, 1234, machine))
                .decide(List.of(expectations), Samples.ONE, machine.results(), Enum::name);
    }

    private static Arm arm(Model model) {
        return Arm.of(model, 1);
    }
}
