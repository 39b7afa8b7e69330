package io.github.rununder.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README comes from a sample that compiles and runs: a block marked
 * {@code <!-- snippet: path#tag -->} must equal the region between {@code // tag::tag[]} and
 * {@code // end::tag[]} of that file.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\R```java\\R(.*?)```", Pattern.DOTALL);

    @Test
    void readmeSnippetsMatchTheSamplesTheyComeFrom() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher matcher = SNIPPET.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (matcher.find()) {
            String region = region(ROOT.resolve(matcher.group(1)), matcher.group(2));
            assertThat(matcher.group(3))
                    .as("README snippet %s#%s; paste the tagged region of the sample", matcher.group(1), matcher.group(2))
                    .isEqualTo(region);
            checked.add(matcher.group(2));
        }
        assertThat(checked).as("snippets found in README.md").isNotEmpty();
    }

    private static String region(Path source, String tag) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = lines.indexOf("// tag::" + tag + "[]");
        int end = lines.indexOf("// end::" + tag + "[]");
        assertThat(start).as("tag %s in %s", tag, source).isNotNegative();
        assertThat(end).as("end of tag %s in %s", tag, source).isGreaterThan(start);
        return String.join("\n", lines.subList(start + 1, end)) + "\n";
    }
}
