package io.github.rununder.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README, CONTRIBUTING.md and everything under docs/ stay true to the code: every Java snippet
 * comes from a sample that compiles and runs (a block marked {@code <!-- snippet: path#tag -->}
 * equals the region between {@code // tag::tag[]} and {@code // end::tag[]} of that file), and every
 * link inside the repository leads to a file that exists, and to a heading of it where it names one.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\R```java\\R(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java$", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyJavaSnippetMatchesTheSampleItComesFrom() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            Matcher matcher = SNIPPET.matcher(text);
            int marked = 0;
            while (matcher.find()) {
                String region = region(ROOT.resolve(matcher.group(1)), matcher.group(2));
                assertThat(matcher.group(3))
                        .as("snippet %s#%s in %s; paste the tagged region of the sample", matcher.group(1),
                                matcher.group(2), ROOT.relativize(document))
                        .isEqualTo(region);
                checked.add(matcher.group(2));
                marked++;
            }
            assertThat(JAVA_BLOCK.matcher(text).results().count())
                    .as("Java blocks of %s: each must be a snippet of a compiled sample", ROOT.relativize(document))
                    .isEqualTo(marked);
        }
        assertThat(checked).as("snippets found").isNotEmpty();
    }

    @Test
    void everyLinkInsideTheRepositoryLeadsToAFileAndHeadingThatExist() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                String target = links.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:, file: — outside the repository
                }
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty() ? document : document.getParent().resolve(parts[0]).normalize();
                assertThat(file).as("link %s in %s", target, ROOT.relativize(document)).exists();
                if (parts.length == 2 && file.toString().endsWith(".md")) {
                    assertThat(anchors(file)).as("heading #%s of %s, linked from %s", parts[1], ROOT.relativize(file),
                            ROOT.relativize(document)).contains(parts[1]);
                }
                checked.add(target);
            }
        }
        assertThat(checked).as("links found").isNotEmpty();
    }

    /** The README, CONTRIBUTING.md and every Markdown file under docs/. */
    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        if (Files.exists(ROOT.resolve("CONTRIBUTING.md"))) {
            documents.add(ROOT.resolve("CONTRIBUTING.md"));
        }
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The anchors GitHub gives the headings of {@code file}: lower case, punctuation dropped, spaces as dashes. */
    private static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher headings = HEADING.matcher(Files.readString(file));
        while (headings.find()) {
            String anchor = headings.group(1).trim().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            String unique = anchor;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = anchor + "-" + n;
            }
        }
        return anchors;
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
