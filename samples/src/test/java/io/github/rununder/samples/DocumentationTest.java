package io.github.rununder.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README, CONTRIBUTING.md and everything under docs/ stay true to the code: every Java snippet
 * comes from a sample that compiles and runs (a block marked {@code <!-- snippet: path#tag -->}
 * equals the region between {@code // tag::tag[]} and {@code // end::tag[]} of that file), no other
 * block holds Java, every link or picture inside the repository leads to a file that exists, and to
 * a heading of it where it names one, and the README stays a front door of at most 15 KB.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\R```java\\R(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java$", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^ *```(\\S*)$");
    /** A line only Java code has: an import, a type declaration, an annotation, a block opened after a call. */
    private static final Pattern JAVA_LINE = Pattern.compile("^\\s*(import (static )?[\\w.]+\\*?;"
            + "|package [\\w.]+;|((public|final|abstract|static) )*(class|interface|record|enum) \\w+"
            + "|@[A-Z]\\w*(\\(.*)?$|.*\\) \\{$)", Pattern.MULTILINE);
    private static final int README_LIMIT = 15 * 1024;

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
    void noBlockButASnippetHoldsJava() throws IOException {
        int blocks = 0;
        for (Path document : documents()) {
            for (Map.Entry<String, String> block : otherBlocks(document)) {
                assertThat(JAVA_LINE.matcher(block.getValue()).results().map(MatchResult::group).toList())
                        .as("Java in a ```%s block of %s: make it a ```java block marked <!-- snippet: path#tag -->"
                                + " of a compiled sample", block.getKey(), ROOT.relativize(document))
                        .isEmpty();
                blocks++;
            }
        }
        assertThat(blocks).as("blocks other than Java found").isPositive();
    }

    @Test
    void theReadmeIsAFrontDoorOfAtMost15KB() throws IOException {
        assertThat(Files.size(ROOT.resolve("README.md")))
                .as("bytes of README.md: move detail to docs/ and link to it").isLessThanOrEqualTo(README_LIMIT);
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

    /** The fenced blocks of {@code document} other than Java ones: each language (or "") with its text. */
    private static List<Map.Entry<String, String>> otherBlocks(Path document) throws IOException {
        List<Map.Entry<String, String>> blocks = new ArrayList<>();
        String language = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(document)) {
            Matcher fence = FENCE.matcher(line);
            if (!fence.matches()) {
                text.append(line).append('\n');
            } else if (language == null) {
                language = fence.group(1);
                text.setLength(0);
            } else {
                if (!language.equals("java")) {
                    blocks.add(Map.entry(language, text.toString()));
                }
                language = null;
            }
        }
        assertThat(language).as("a block of %s left open", ROOT.relativize(document)).isNull();
        return blocks;
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
