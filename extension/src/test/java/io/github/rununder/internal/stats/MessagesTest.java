package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message of a verdict, word for word. */
class MessagesTest {

    private static final RatioInterval MEASURED = new RatioInterval(3.1, 2.9, 3.3, 0.95, 12, 12, true);

    @Test
    void shouldBeFaster() {
        assertThat(VerdictMessages.shouldBeFaster(arm(VIRTUAL_THREADS), arm(SEQUENTIAL), 4.0, MEASURED))
                .isEqualTo("Expected VIRTUAL_THREADS to be at least 4.0× faster than SEQUENTIAL, but it was 3.1×"
                        + " (95% CI 2.9×–3.3×, 12 rounds each)");
    }

    @Test
    void shouldBeFasterWithUnequalRoundsAndSmallFactors() {
        RatioInterval slower = new RatioInterval(0.42, 0.4, 0.45, 0.99, 5, 7, true);
        assertThat(VerdictMessages.shouldBeFaster(arm(SEQUENTIAL), arm(THREADS), 2.0, slower))
                .isEqualTo("Expected SEQUENTIAL to be at least 2.0× faster than THREADS, but it was 0.42×"
                        + " (99% CI 0.40×–0.45×, 5 and 7 rounds)");
    }

    @Test
    void shouldBeFastest() {
        assertThat(VerdictMessages.shouldBeFastest(arm(SEQUENTIAL), arm(THREADS), new RatioInterval(5.8, 5.5, 6.1, 0.99, 5, 5, true)))
                .isEqualTo("Expected SEQUENTIAL to be the fastest model, but THREADS was 5.8× faster"
                        + " (99% CI 5.5×–6.1×, 5 rounds each)");
    }

    @Test
    void shouldBeFastestAmong() {
        assertThat(VerdictMessages.shouldBeFastestAmong(List.of(SEQUENTIAL, ASYNC), arm(THREADS), arm(ASYNC),
                new RatioInterval(1.4, 1.3, 1.5, 0.99, 5, 5, true)))
                .isEqualTo("Expected the fastest model to be one of [SEQUENTIAL, ASYNC], but THREADS was 1.40× faster"
                        + " than ASYNC, the fastest of them (99% CI 1.30×–1.50×, 5 rounds each)");
    }

    @Test
    void shouldBeDecidedFaster() {
        assertThat(VerdictMessages.shouldBeDecidedFaster(arm(VIRTUAL_THREADS), arm(SEQUENTIAL), 4.0,
                new RatioInterval(3.9, 3.5, 4.3, 0.99, 40, 40, true), "the budget was spent"))
                .isEqualTo("Expected VIRTUAL_THREADS to be at least 4.0× faster than SEQUENTIAL, but could not tell:"
                        + " it was 3.9× (99% CI 3.5×–4.3×, 40 rounds each), which straddles 4.0×; the budget was spent");
    }

    @Test
    void shouldBeDecidedFasterWithTooFewRounds() {
        assertThat(VerdictMessages.shouldBeDecidedFaster(arm(THREADS), arm(SEQUENTIAL), 2.0,
                new RatioInterval(5.0, 4.0, 6.0, 0.99, 3, 3, false), "no more rounds were measured"))
                .isEqualTo("Expected THREADS to be at least 2.0× faster than SEQUENTIAL, but could not tell: it was 5.0×"
                        + " (3 rounds each: too few for a 99% CI, which needs at least 5 rounds each);"
                        + " no more rounds were measured");
    }

    @Test
    void shouldBeDecidedFastest() {
        assertThat(VerdictMessages.shouldBeDecidedFastest(arm(THREADS), arm(ASYNC),
                new RatioInterval(1.02, 0.95, 1.1, 0.99, 20, 20, true), "the budget was spent"))
                .isEqualTo("Expected THREADS to be the fastest model, but could not tell it from ASYNC: THREADS was"
                        + " 1.02× as fast (99% CI 0.95×–1.10×, 20 rounds each), which straddles 1.0×; the budget was spent");
    }

    @Test
    void shouldBeDecidedFastestAmong() {
        assertThat(VerdictMessages.shouldBeDecidedFastestAmong(List.of(THREADS, SEQUENTIAL), arm(THREADS), arm(ASYNC),
                new RatioInterval(0.98, 0.9, 1.05, 0.99, 5, 5, true), "no more rounds were measured"))
                .isEqualTo("Expected the fastest model to be one of [THREADS, SEQUENTIAL], but could not tell THREADS"
                        + " from ASYNC: THREADS was 0.98× as fast (99% CI 0.90×–1.05×, 5 rounds each), which straddles"
                        + " 1.0×; no more rounds were measured");
    }

    @Test
    void shouldHaveRun() {
        assertThat(VerdictMessages.shouldHaveRun("Expected VIRTUAL_THREADS to be the fastest model", VIRTUAL_THREADS,
                "VIRTUAL_THREADS needs Java 21 or newer"))
                .isEqualTo("Expected VIRTUAL_THREADS to be the fastest model, but VIRTUAL_THREADS did not run:"
                        + " VIRTUAL_THREADS needs Java 21 or newer");
    }

    @Test
    void holds() {
        RatioInterval measured = new RatioInterval(5.8, 5.5, 6.1, 0.99, 5, 5, true);
        assertThat(VerdictMessages.holdsFaster(arm(THREADS), arm(SEQUENTIAL), 2.0, measured))
                .isEqualTo("THREADS was 5.8× faster than SEQUENTIAL (99% CI 5.5×–6.1×, 5 rounds each), at least 2.0×"
                        + " expected");
        assertThat(VerdictMessages.holdsFastest(arm(THREADS), arm(SEQUENTIAL), measured))
                .isEqualTo("THREADS was the fastest model, 5.8× faster than the runner-up SEQUENTIAL"
                        + " (99% CI 5.5×–6.1×, 5 rounds each)");
        assertThat(VerdictMessages.holdsFastestAmong(List.of(THREADS, ASYNC), arm(THREADS), arm(SEQUENTIAL), measured))
                .isEqualTo("The fastest model was one of [THREADS, ASYNC]: THREADS beat the closest other model,"
                        + " SEQUENTIAL, 5.8× (99% CI 5.5×–6.1×, 5 rounds each)");
        assertThat(VerdictMessages.holdsEveryModelAmong(List.of(THREADS, ASYNC)))
                .isEqualTo("The fastest model was one of [THREADS, ASYNC]: no other model ran");
    }

    @Test
    void inASweepTheMessagesNameTheLevelCompared() {
        RatioInterval measured = new RatioInterval(5.8, 5.5, 6.1, 0.99, 5, 5, true);
        assertThat(VerdictMessages.shouldBeFaster(new Arm(ASYNC, 16, true), new Arm(SEQUENTIAL, 1, true), 8.0, measured))
                .isEqualTo("Expected ASYNC ≤16 to be at least 8.0× faster than SEQUENTIAL, but it was 5.8×"
                        + " (99% CI 5.5×–6.1×, 5 rounds each)");
        assertThat(VerdictMessages.holdsFastest(new Arm(THREADS, 16, true), new Arm(VIRTUAL_THREADS, 16, true), measured))
                .isEqualTo("THREADS ×16 was the fastest model, 5.8× faster than the runner-up VIRTUAL_THREADS ≤16"
                        + " (99% CI 5.5×–6.1×, 5 rounds each)");
    }

    @Test
    void scaling() {
        Arm eight = new Arm(THREADS, 8, true);
        Arm one = new Arm(THREADS, 1, true);
        RatioInterval measured = new RatioInterval(6.2, 5.8, 6.6, 0.99, 5, 5, true);
        assertThat(VerdictMessages.holdsScaling(eight, one, 5.0, measured))
                .isEqualTo("THREADS ×8 gave 6.2× the throughput of THREADS ×1 (99% CI 5.8×–6.6×, 5 rounds each),"
                        + " at least 5.0× expected");
        assertThat(VerdictMessages.shouldScale(eight, one, 7.0, measured))
                .isEqualTo("Expected THREADS ×8 to give at least 7.0× the throughput of THREADS ×1, but it gave 6.2×"
                        + " (99% CI 5.8×–6.6×, 5 rounds each)");
        assertThat(VerdictMessages.shouldBeDecidedScaling(new Arm(ASYNC, 16, true), new Arm(ASYNC, 2, true), 6.0,
                measured, "the budget was spent"))
                .isEqualTo("Expected ASYNC ≤16 to give at least 6.0× the throughput of ASYNC ≤2, but could not tell: it"
                        + " gave 6.2× (99% CI 5.8×–6.6×, 5 rounds each), which straddles 6.0×; the budget was spent");
    }

    @Test
    void levelsReadAsPeopleWriteThem() {
        assertThat(new RatioInterval(1, 1, 1, 0.99, 5, 5, true).level()).isEqualTo("99%");
        assertThat(new RatioInterval(1, 1, 1, 0.999, 5, 5, true).level()).isEqualTo("99.9%");
        assertThat(new RatioInterval(1, 1, 1, 0.99, 1, 1, true).rounds()).isEqualTo("1 round each");
    }

    private static Arm arm(Model model) {
        return Arm.of(model, 1);
    }
}
