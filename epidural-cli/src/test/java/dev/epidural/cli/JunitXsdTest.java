package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format junit} is valid against Jenkins' {@code junit-10.xsd} (vendored under
 * {@code src/test/resources/junit/}, see its README) and its counts add up as Surefire and Jenkins
 * count: {@code tests} is the number of test cases, {@code failures} the number of failed ones, which
 * is the number of errors, per suite and over all suites.
 */
class JunitXsdTest {

  private static final Path CONTENT_FIXTURES = Path.of("../epidural-content/src/test/resources/invalid");
  private static Schema junit;

  @BeforeAll
  static void loadSchema() throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    junit = factory.newSchema(new StreamSource(JunitXsdTest.class.getResource("/junit/junit-10.xsd").toExternalForm()));
  }

  static Stream<Arguments> runs() throws IOException {
    List<Arguments> runs = new ArrayList<>(List.of(
        Arguments.of("invalid", List.of(bundle("invalid"))),
        Arguments.of("valid", List.of(bundle("valid"))),
        Arguments.of("several", List.of(bundle("invalid"), bundle("warnings"), bundle("valid"))),
        Arguments.of("hostile text", List.of(bundle("hostile-text"))),
        Arguments.of("strict", List.of("--strict", bundle("warnings")))));
    try (Stream<Path> fixtures = Files.list(CONTENT_FIXTURES)) {
      for (Path f : fixtures.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".tsv") && !name.endsWith(".txt")) {
          runs.add(Arguments.of("content fixture " + name, List.of(f.toString())));
        }
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void outputIsValidJunitXmlWhoseCountsAddUp(String name, List<String> bundles) throws Exception {
    String[] args = Stream.concat(Stream.of("validate", "--format", "junit"), bundles.stream()).toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    String[] jsonArgs = Stream.concat(Stream.of("validate", "--format", "json"), bundles.stream()).toArray(String[]::new);
    JsonNode json = JsonMapper.builder().build().readTree(Cli.run(jsonArgs).out());

    assertThat(r.err()).isEmpty();
    junit.newValidator().validate(new StreamSource(new StringReader(r.out())));
    Document doc = parse(r.out());
    Element root = doc.getDocumentElement();
    NodeList suites = root.getElementsByTagName("testsuite");
    int tests = 0;
    int failures = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      int cases = suite.getElementsByTagName("testcase").getLength();
      int failed = suite.getElementsByTagName("failure").getLength();
      assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases);
      assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failed);
      tests += cases;
      failures += failed;
    }
    assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(tests);
    assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(failures)
        .isEqualTo(json.get("counts").get("error").asInt());
    NodeList cases = root.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      assertThat(((Element) cases.item(i)).getElementsByTagName("failure").getLength())
          .as("at most one failure per test case").isLessThanOrEqualTo(1);
    }
    // Every problem is a test case of its own.
    assertThat(tests).isGreaterThanOrEqualTo(json.get("problems").size());
  }

  @Test
  void theInvalidBundleHasATestCasePerProblemAndOnePerCleanFile() throws Exception {
    Document doc = parse(Cli.run("validate", "--format", "junit", bundle("invalid")).out());

    Element root = doc.getDocumentElement();
    // 7 errors, 1 warning, and faq.json without a problem.
    assertThat(root.getAttribute("tests")).isEqualTo("9");
    assertThat(root.getAttribute("failures")).isEqualTo("7");
  }

  @Test
  void theSchemaCatchesABrokenReport() {
    // Proves the validator checks something: a test case without its required name is refused.
    String out = Cli.run("validate", "--format", "junit", bundle("invalid")).out()
        .replace("<testcase classname=\"example-clinic\" name=\"faq.json\"/>", "<testcase classname=\"example-clinic\"/>");

    assertThat(out).contains("<testcase classname=\"example-clinic\"/>");
    assertThatThrownBy(() -> junit.newValidator().validate(new StreamSource(new StringReader(out))))
        .isInstanceOf(SAXException.class);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
