package io.github.rununder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The JUnit XML reports ({@code TEST-*.xml}) in one directory, read into {@link TestNode}s. */
final class TestReports {

    private final Path directory;
    private final List<TestNode> nodes;
    private final Map<String, Map<String, String>> properties;

    private TestReports(Path directory, List<TestNode> nodes, Map<String, Map<String, String>> properties) {
        this.directory = directory;
        this.nodes = List.copyOf(nodes);
        this.properties = properties;
    }

    static TestReports read(Path directory) {
        List<TestNode> nodes = new ArrayList<>();
        Map<String, Map<String, String>> properties = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            throw new AssertionError("no test reports: " + directory + " does not exist");
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                Element suite = parse(file).getDocumentElement();
                properties.put(suite.getAttribute("name"), suiteProperties(suite));
                NodeList cases = suite.getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    nodes.add(node((Element) cases.item(i)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestReports(directory, nodes, properties);
    }

    List<TestNode> all() {
        return nodes;
    }

    /** The nodes of one test class, in report order. */
    List<TestNode> of(String className) {
        return nodes.stream().filter(n -> n.className().equals(className)).toList();
    }

    /** The invocations of a test template method, ordered by their index {@code [n]}. */
    List<TestNode> invocations(String className, String method) {
        return of(className).stream()
                .filter(n -> n.method().equals(method) && n.invocation() > 0)
                .sorted(Comparator.comparingInt(TestNode::invocation))
                .toList();
    }

    /** The one node of {@code className} named exactly {@code name}. */
    TestNode test(String className, String name) {
        List<TestNode> found = of(className).stream().filter(n -> n.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one test " + className + "." + name + " in " + directory + ", found "
                    + found.size() + " among " + of(className));
        }
        return found.get(0);
    }

    /** The {@code <properties>} of the suite named {@code suiteName}: the test JVM's system properties. */
    Map<String, String> properties(String suiteName) {
        Map<String, String> found = properties.get(suiteName);
        if (found == null) {
            throw new AssertionError("no report of suite " + suiteName + " in " + directory + "; suites: "
                    + properties.keySet());
        }
        return found;
    }

    @Override
    public String toString() {
        return directory.toString();
    }

    private static TestNode node(Element testcase) {
        TestNode.Status status = TestNode.Status.PASSED;
        String message = "";
        String detail = "";
        StringBuilder output = new StringBuilder();
        for (Node child = testcase.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            switch (element.getTagName()) {
                case "failure", "error", "skipped" -> {
                    status = switch (element.getTagName()) {
                        case "failure" -> TestNode.Status.FAILED;
                        case "error" -> TestNode.Status.ERROR;
                        default -> TestNode.Status.SKIPPED;
                    };
                    detail = element.getTextContent();
                    message = element.hasAttribute("message") ? element.getAttribute("message") : firstLine(detail);
                }
                case "system-out", "system-err" -> output.append(element.getTextContent()).append('\n');
                default -> { }
            }
        }
        String time = testcase.getAttribute("time").replace(",", "");
        return new TestNode(testcase.getAttribute("classname"), testcase.getAttribute("name"), status, message,
                detail, output.toString(), time.isEmpty() ? 0 : Double.parseDouble(time));
    }

    private static Map<String, String> suiteProperties(Element suite) {
        Map<String, String> properties = new HashMap<>();
        NodeList list = suite.getElementsByTagName("property");
        for (int i = 0; i < list.getLength(); i++) {
            Element property = (Element) list.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        String line = end < 0 ? trimmed : trimmed.substring(0, end);
        // "org.opentest4j.TestAbortedException: reason" -> "reason"
        int colon = line.indexOf(": ");
        return colon > 0 && !line.substring(0, colon).contains(" ") ? line.substring(colon + 2) : line;
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("could not read the test report " + file, e);
        }
    }
}
