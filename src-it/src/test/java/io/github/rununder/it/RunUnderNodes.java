package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.rununder.Model;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assertions on the nodes of one {@code @RunUnder} method in a JUnit XML report. */
final class RunUnderNodes {

    private final List<TestNode> nodes;
    private final List<Model> models;
    private final String where;

    private RunUnderNodes(List<TestNode> nodes, List<Model> models, String where) {
        this.nodes = nodes;
        this.models = models;
        this.where = where;
    }

    /**
     * The nodes of {@code className.method} in {@code reports}: one per model of {@code models} in
     * that order, then the verdict; fails when there are more or fewer.
     */
    static RunUnderNodes of(TestReports reports, String className, String method, List<Model> models) {
        String where = className + "." + method + " in " + reports;
        List<TestNode> nodes = reports.invocations(className, method);
        assertThat(nodes).as("nodes of %s: one per model of %s, then the verdict", where, models)
                .hasSize(models.size() + 1);
        return new RunUnderNodes(nodes, models, where);
    }

    TestNode model(Model model) {
        int index = models.indexOf(model);
        assertThat(index).as("%s is one of the models of %s", model, where).isNotNegative();
        return nodes.get(index);
    }

    TestNode verdict() {
        return nodes.get(models.size());
    }

    /**
     * Every model node passed, but VIRTUAL_THREADS on a JDK before 21, which is skipped with a reason
     * naming Java 21; the verdict passed too, unless it {@linkplain #verdictChecked() was not checked}.
     */
    RunUnderNodes allPassedOn(Jdk jdk) {
        for (Model model : models) {
            TestNode node = model(model);
            if (model == Model.VIRTUAL_THREADS && !jdk.hasVirtualThreads()) {
                assertThat(node.status()).as("%s of %s on %s: %s", model, where, jdk, node).isEqualTo(TestNode.Status.SKIPPED);
                assertThat(node.message()).as("skip reason of %s on %s", model, jdk).contains("VIRTUAL_THREADS needs Java 21");
            } else {
                assertThat(node.status()).as("%s of %s on %s: %s%n%s", model, where, jdk, node, node.detail())
                        .isEqualTo(TestNode.Status.PASSED);
            }
        }
        verdictChecked();
        assertThat(verdict().status()).as("verdict of %s: %s", where, verdict()).isEqualTo(TestNode.Status.PASSED);
        return this;
    }

    /**
     * Aborts the calling check when RunUnder left the verdict unchecked because the machine was busy
     * (a model's threads waited for a core far more than their number explains, as when other builds
     * share the two cores): the claim was not decided there, which says nothing of its truth, so the
     * check is reported as skipped with RunUnder's reason rather than failed or passed.
     */
    RunUnderNodes verdictChecked() {
        TestNode verdict = verdict();
        assumeFalse(verdict.status() == TestNode.Status.SKIPPED && verdict.message().contains("the machine was busy"),
                () -> "RunUnder left the verdict of " + where + " unchecked: " + verdict.message());
        return this;
    }

    /** The nodes' display names, where the report records them, say their model in order and end with the verdict. */
    RunUnderNodes namedByModel() {
        for (int i = 0; i < models.size(); i++) {
            String expected = "[" + (i + 1) + "] " + models.get(i);
            assertThat(nodes.get(i).displayName()).as("display name of node %d of %s", i + 1, where)
                    .hasValueSatisfying(name -> assertThat(name).startsWith(expected));
        }
        assertThat(verdict().displayName()).as("display name of the verdict of %s", where)
                .hasValueSatisfying(name -> assertThat(name).startsWith("[" + (models.size() + 1) + "] verdict"));
        return this;
    }

    /**
     * {@code faster}'s node line shows a median round at most 1/{@code factor} of {@code slower}'s: the
     * figures a user reads in the build's output agree with the claim. (The nodes' times are no
     * measure of the models: each warms up until its code is warm, for as many rounds as that takes.)
     */
    RunUnderNodes nodeMedianAtLeastTimesShorter(Model faster, Model slower, double factor) {
        double fast = medianSeconds(faster);
        double slow = medianSeconds(slower);
        assertThat(slow).as("%s's node line shows a median of %.4f s and %s's %.4f s in %s: expected at least %.1f×"
                + " apart", slower, slow, faster, fast, where, factor).isGreaterThanOrEqualTo(factor * fast);
        return this;
    }

    /** The median round a model node's summary line shows: {@code ... 24 tasks: 45.2 ms median of 5 rounds ...}. */
    private double medianSeconds(Model model) {
        Matcher line = NODE_LINE.matcher(model(model).output());
        assertThat(line.find()).as("the summary line of %s in %s: %s", model, where, model(model).output()).isTrue();
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "s" -> value;
            case "ms" -> value / 1e3;
            case "µs" -> value / 1e6;
            default -> value / 1e9;
        };
    }

    private static final Pattern NODE_LINE = Pattern.compile("^\\[RunUnder] .* tasks?: ([0-9.]+) (s|ms|µs|ns) median of ",
            Pattern.MULTILINE);

    /** The report entries a model node published, where the report records them. */
    Map<String, String> entries(Model model) {
        Map<String, String> entries = model(model).reportEntries();
        assertThat(entries).as("report entries of %s in %s", model, where).containsKey("rununder.medianNanos");
        return entries;
    }
}
