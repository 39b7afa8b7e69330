package io.github.rununder.internal.report;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.stats.RatioCheck;
import io.github.rununder.internal.stats.RatioInterval;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeEntriesTest {

    private final ModelResult sequential = Synthetic.result(SEQUENTIAL, 8, 1, 0.01, 10, 80, 81, 82);
    private final ModelResult threads = Synthetic.result(THREADS, 8, 4, 0.01, 10, 20, 21, 22);

    @Test
    void theResultEntryIsOneLineThatReadsBackAsTheModel() {
        String entry = NodeEntries.result(threads);

        assertThat(entry).doesNotContain("\n");
        assertThat(ReportJson.readModel(JsonReader.parseObject(entry))).usingRecursiveComparison()
                .ignoringFields("latency").isEqualTo(ModelRecord.of(threads));
    }

    @Test
    void theVerdictEntryHasEveryClaimWithItsOutcomeAndTheFiguresBehindIt() {
        Expectation holds = new Expectation.Faster(THREADS, SEQUENTIAL, 2.0);
        Expectation fails = new Expectation.Fastest(SEQUENTIAL);
        Map<Model, ModelResult> measured = new EnumMap<>(Map.of(SEQUENTIAL, sequential, THREADS, threads));

        JsonObject json = JsonReader.parseObject(NodeEntries.verdict("fail", List.of(holds, fails),
                List.of(new Verdict(holds, Verdict.Outcome.HOLDS, "THREADS was 3.9× faster", List.of(new RatioCheck(
                                THREADS, SEQUENTIAL, 2.0, new RatioInterval(3.9, 3.7, 4.1, 0.99, 5, 5, true)))),
                        new Verdict(fails, Verdict.Outcome.FAILS, "Expected SEQUENTIAL to be the fastest")),
                measured, new WorkloadClassifier(2).classify(measured), List.of(), List.of(THREADS)));

        assertThat(json.requiredText("mode")).isEqualTo("fail");
        assertThat(json.requiredText("classification")).isEqualTo("IO_BOUND");
        assertThat(json.requiredText("fastest")).isEqualTo("THREADS");
        List<ClaimRecord> claims = ReportJson.readClaims(json.objects("verdicts"));
        assertThat(claims).extracting(ClaimRecord::claim)
                .containsExactly("THREADS at least 2.0× faster than SEQUENTIAL", "SEQUENTIAL fastest");
        assertThat(claims).extracting(ClaimRecord::holds).containsExactly(true, false);
        assertThat(claims).extracting(ClaimRecord::outcome).containsExactly("HOLDS", "FAILS");
        assertThat(claims.get(0).text("kind")).isEqualTo("faster");
        assertThat(claims.get(0).text("than")).isEqualTo("SEQUENTIAL");
        assertThat(claims.get(0).number("atLeast")).isEqualTo(2.0);
        assertThat(claims.get(0).number("measuredFactor")).isEqualTo(81.0 / 21.0);
        assertThat(claims.get(1).number("measuredFactor")).isEqualTo(21.0 / 81.0);
        assertThat(claims.get(0).number("estimate")).isEqualTo(3.9);
        assertThat(claims.get(0).number("lower")).isEqualTo(3.7);
        assertThat(claims.get(0).number("upper")).isEqualTo(4.1);
        assertThat(claims.get(0).number("confidence")).isEqualTo(0.99);
        assertThat(claims.get(0).details().get("checks")).asList().singleElement()
                .satisfies(check -> {
                    Map<?, ?> fields = (Map<?, ?>) check;
                    assertThat(fields.get("than")).isEqualTo("SEQUENTIAL");
                    assertThat(fields.get("modelRounds")).isEqualTo(5L);
                    assertThat(fields.get("reachesConfidence")).isEqualTo(true);
                });
        assertThat(claims.get(1).details()).doesNotContainKey("checks");
    }

    @Test
    void modelsTheVerdictMeasuredMoreOfArePublishedAgainWithAllTheirRounds() {
        ModelResult more = Synthetic.result(THREADS, 8, 4, 0.01, 10, 20, 21, 22, 23, 24, 25, 26, 27);
        Map<Model, ModelResult> measured = new EnumMap<>(Map.of(SEQUENTIAL, sequential, THREADS, more));

        String entry = NodeEntries.verdict("fail", List.of(), List.of(), measured, Optional.empty(), List.of(),
                List.of(THREADS));

        assertThat(NodeNameParser.remeasured(Map.of(NodeEntries.VERDICT, entry))).singleElement()
                .satisfies(model -> {
                    assertThat(model.model()).isEqualTo(THREADS);
                    assertThat(model.wallNanos()).hasSize(8);
                });
    }

    @Test
    void uncheckedClaimsAreListedAsNotCheckedAndDoNotHold() {
        Expectation claim = new Expectation.Faster(THREADS, SEQUENTIAL, 2.0);

        JsonObject json = JsonReader.parseObject(NodeEntries.verdict("off", List.of(claim), List.of(),
                Map.of(), Optional.empty(), List.of(), List.of()));

        ClaimRecord read = ReportJson.readClaims(json.objects("verdicts")).get(0);
        assertThat(read.outcome()).isEqualTo("NOT_CHECKED");
        assertThat(read.holds()).isFalse();
        assertThat(read.message()).isEqualTo("THREADS at least 2.0× faster than SEQUENTIAL: not checked, rununder.verdicts=off");
        assertThat(json.has("fastest")).isFalse();
    }

    @Test
    void theNodeEntryNamesTheModelAndItsPlan() {
        assertThat(NodeEntries.node(THREADS, 24, 8, 1, 5))
                .isEqualTo("{\"model\":\"THREADS\",\"tasks\":24,\"concurrency\":8,\"warmup\":1,\"rounds\":5}");
    }
}
