package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rununder.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The build-time report RunUnder wrote to one directory ({@code target/rununder} by default):
 * {@code report.json} read with a JSON library of its own (not the library's writer), and the
 * other two files as text. The names checked are those docs/report-schema.md makes normative and
 * {@code docs/report-schema.md} documents.
 */
final class RunUnderReport {

    private static final List<String> KINDS = List.of("IO_BOUND", "CPU_BOUND", "MIXED");
    private static final List<String> MODELS = Arrays.stream(Model.values()).map(Model::name).toList();

    private final Path directory;
    private final JsonNode json;

    private RunUnderReport(Path directory, JsonNode json) {
        this.directory = directory;
        this.json = json;
    }

    /** Reads {@code directory/report.json}; fails when any of the three files is missing. */
    static RunUnderReport read(Path directory) {
        for (String file : List.of("report.json", "report.html", "report.md")) {
            assertThat(directory.resolve(file)).as("RunUnder's report in %s", directory).isRegularFile();
        }
        try {
            return new RunUnderReport(directory, new ObjectMapper().readTree(directory.resolve("report.json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("report.json in " + directory + " is not JSON", e);
        }
    }

    JsonNode json() {
        return json;
    }

    String html() {
        return text("report.html");
    }

    String markdown() {
        return text("report.md");
    }

    List<JsonNode> tests() {
        return elements(json.path("tests"));
    }

    /** {@code Class.method} of every test the report lists, in its order; {@code Outer$Inner.method} for nested classes. */
    List<String> methods() {
        return tests().stream()
                .map(test -> simpleName(test.path("className").asText()) + "." + test.path("methodName").asText())
                .toList();
    }

    /** The one test of {@code className} (binary name) and {@code methodName}. */
    JsonNode test(String className, String methodName) {
        List<JsonNode> found = tests().stream()
                .filter(test -> test.path("className").asText().equals(className)
                        && test.path("methodName").asText().equals(methodName))
                .toList();
        assertThat(found).as("tests %s.%s in %s/report.json, among %s", className, methodName, directory, methods())
                .hasSize(1);
        return found.get(0);
    }

    /** The entry of {@code model} in a test's {@code models[]}. */
    static JsonNode model(JsonNode test, Model model) {
        List<JsonNode> found = elements(test.path("models")).stream()
                .filter(m -> m.path("model").asText().equals(model.name()))
                .toList();
        assertThat(found).as("%s in models[] of %s", model, test.path("methodName").asText()).hasSize(1);
        return found.get(0);
    }

    /** The texts of a JSON array of strings, such as a model's {@code notes} or {@code warnings}. */
    static List<String> texts(JsonNode array) {
        return elements(array).stream().map(JsonNode::asText).toList();
    }

    static List<JsonNode> elements(JsonNode array) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /**
     * {@code report.json} has the normative shape of docs/report-schema.md: {@code schema} 1 and {@code tests[]},
     * each with {@code className}, {@code methodName}, {@code classification}, {@code recommended},
     * {@code models[]} ({@code model}, {@code tasks}, {@code concurrency}, {@code rounds},
     * {@code medianNanos}, {@code startupNanos}) and {@code verdicts[]} ({@code claim}, {@code holds}),
     * of the documented types and values; a model that measured has a positive median.
     */
    RunUnderReport hasTheNormativeShape() {
        assertThat(json.path("schema").isInt() && json.path("schema").asInt() == 1).as("schema 1 in %s", directory).isTrue();
        assertThat(tests()).as("tests[] in %s", directory).isNotEmpty();
        for (JsonNode test : tests()) {
            String where = test.path("className").asText() + "." + test.path("methodName").asText() + " in " + directory;
            assertThat(test.path("className").isTextual() && test.path("methodName").isTextual()).as("names of %s", where).isTrue();
            assertThat(test.has("classification") && test.has("recommended")).as("members of %s", where).isTrue();
            oneOf(test.get("classification"), KINDS, "classification of " + where);
            oneOf(test.get("recommended"), MODELS, "recommended of " + where);
            for (JsonNode model : elements(test.path("models"))) {
                assertThat(model.path("model").asText()).as("a model of %s", where).isIn(MODELS);
                String of = model.path("model").asText() + " of " + where;
                for (String count : List.of("tasks", "concurrency", "rounds", "startupNanos")) {
                    assertThat(model.path(count).isIntegralNumber()).as("%s of %s: %s", count, of, model.get(count)).isTrue();
                }
                assertThat(model.has("medianNanos")).as("medianNanos of %s", of).isTrue();
                if (model.path("rounds").asInt() > 0) {
                    assertThat(model.path("medianNanos").asDouble()).as("medianNanos of %s", of).isPositive();
                } else {
                    assertThat(model.get("medianNanos").isNull()).as("medianNanos of %s, which measured nothing", of).isTrue();
                }
            }
            for (JsonNode verdict : elements(test.path("verdicts"))) {
                assertThat(verdict.path("claim").isTextual()).as("claim of a verdict of %s", where).isTrue();
                assertThat(verdict.path("holds").isBoolean()).as("holds of %s", verdict).isTrue();
            }
        }
        return this;
    }

    /** Every test is one of {@code methods} ({@code Class.method}), and each is there exactly once. */
    RunUnderReport coversExactly(List<String> methods) {
        assertThat(methods()).as("the @RunUnder methods in %s/report.json", directory).containsExactlyInAnyOrderElementsOf(methods);
        return this;
    }

    /** {@code report.html} has inline SVG, and nothing in it loads from the network. */
    RunUnderReport htmlIsSelfContained() {
        assertThat(html()).as("%s/report.html", directory)
                .contains("<svg")
                .doesNotContainPattern("(?i)<(script|link|iframe|object|embed)\\b[^>]*\\b(src|href|data)\\s*=")
                .doesNotContainPattern("(?i)(src|href|xlink:href|data)\\s*=\\s*[\"']?\\s*(https?:)?//")
                .doesNotContainPattern("(?i)url\\(\\s*[\"']?\\s*(https?:)?//")
                .doesNotContainPattern("(?i)@import");
        return this;
    }

    @Override
    public String toString() {
        return directory.toString();
    }

    private static void oneOf(JsonNode value, List<String> allowed, String what) {
        if (!value.isNull()) {
            assertThat(value.asText()).as(what).isIn(allowed);
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private String text(String file) {
        try {
            return Files.readString(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
