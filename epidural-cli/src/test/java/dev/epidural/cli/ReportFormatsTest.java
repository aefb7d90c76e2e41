package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What CI tools rely on in each format, beyond the golden files: structure, counts, escaping. */
class ReportFormatsTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path tmp;

  /**
   * A bundle whose content file has an unknown property named with XML metacharacters and a
   * control character, and lists a file that does not exist (a problem with no line).
   */
  private Path hostileBundle() throws IOException {
    Path valid = Path.of(bundle("valid"));
    Path b = Files.createDirectory(tmp.resolve("hostile"));
    Files.writeString(b.resolve("bundle.json"), Files.readString(valid.resolve("bundle.json"))
        .replace("\"files\": [\"procedures.json\"]", "\"files\": [\"procedures.json\", \"missing.json\"]"));
    Files.writeString(b.resolve("procedures.json"), Files.readString(valid.resolve("procedures.json"))
        .replace("\"phase\": \"intervention\",", "\"phase\": \"intervention\", \"a<b&\\\"c\\u0001]]>\": 1,"));
    return b;
  }

  @Test
  void jsonIsExactlyOneObjectWithConsistentCounts() throws IOException {
    String out = Cli.run("validate", "--format", "json", bundle("invalid"), bundle("warnings")).out();

    try (JsonParser p = JSON.createParser(out)) {
      JsonNode root = JSON.readTree(p);
      assertThat(root.isObject()).isTrue();
      assertThat(p.nextToken()).as("nothing after the object").isNull();
      List<String> severities = new ArrayList<>();
      root.get("problems").forEach(problem -> severities.add(problem.get("severity").asString()));
      assertThat(root.get("counts").get("error").asInt()).isEqualTo(count(severities, "error")).isEqualTo(7);
      assertThat(root.get("counts").get("warning").asInt()).isEqualTo(count(severities, "warning")).isEqualTo(2);
      assertThat(root.get("valid").asBoolean()).isFalse();
    }
  }

  @Test
  void jsonHasLineAndColumnOnlyWhenKnown() throws IOException {
    JsonNode root = JSON.readTree(Cli.run("validate", "--format", "json", hostileBundle().toString()).out());

    JsonNode missing = find(root, "EPI-IO-001");
    JsonNode unknown = find(root, "EPI-SHAPE-002");
    assertThat(missing.get("file").asString()).isEqualTo("missing.json");
    assertThat(missing.has("line")).isFalse();
    assertThat(missing.has("column")).isFalse();
    assertThat(unknown.get("line").asInt()).isPositive();
    assertThat(unknown.get("column").asInt()).isPositive();
    // A single bundle: problems need no "bundle" attribution.
    assertThat(unknown.has("bundle")).isFalse();
  }

  @Test
  void junitXmlIsWellFormedAndEscapesWhatBundlesCarry() throws Exception {
    Cli.Result r = Cli.run("validate", "--format", "junit", hostileBundle().toString());

    Document doc = parse(r.out());
    Element failure = failures(doc).stream().filter(f -> f.getAttribute("type").equals("EPI-SHAPE-002"))
        .findFirst().orElseThrow();
    assertThat(failure.getAttribute("message")).contains("a<b&\"c");
    assertThat(failure.getTextContent()).contains("(at /steps/0/a<b&\"c\\u0001]]>)");
    assertThat(r.out()).doesNotContain("\u0001");
  }

  @Test
  void junitHasATestCasePerProblemAndCountsThatAddUp() throws Exception {
    Document doc = parse(Cli.run("validate", "--format", "junit", bundle("invalid"), bundle("valid")).out());

    Element suites = doc.getDocumentElement();
    NodeList suiteList = suites.getElementsByTagName("testsuite");
    NodeList cases = suites.getElementsByTagName("testcase");
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suiteList.getLength()).isEqualTo(2);
    // invalid: 8 problems and the clean faq.json; valid: its two clean files.
    assertThat(Integer.parseInt(suites.getAttribute("tests"))).isEqualTo(cases.getLength()).isEqualTo(11);
    assertThat(Integer.parseInt(suites.getAttribute("failures"))).isEqualTo(failures(doc).size()).isEqualTo(7);
    List<String> invalidCases = new ArrayList<>();
    NodeList first = ((Element) suiteList.item(0)).getElementsByTagName("testcase");
    for (int i = 0; i < first.getLength(); i++) {
      Element c = (Element) first.item(i);
      assertThat(c.getAttribute("classname")).isEqualTo("example-clinic");
      invalidCases.add(c.getAttribute("name"));
    }
    assertThat(invalidCases).hasSize(9).contains("bundle.json: EPI-REF-004 at /sources/1/id",
        "procedures.json: EPI-REF-002 at /procedures/0/steps/0", "faq.json");
    // The warning is a test case of its own, reported but not failed.
    Element warning = (Element) first.item(0);
    assertThat(warning.getElementsByTagName("failure").getLength()).isZero();
    assertThat(warning.getElementsByTagName("system-out").item(0).getTextContent()).contains("EPI-REF-004");
  }

  @Test
  void textShowsControlCharactersEscaped() throws IOException {
    Cli.Result r = Cli.run("validate", hostileBundle().toString());

    assertThat(r.out()).doesNotContain("\u0001").contains("\\u0001");
    assertThat(r.out()).contains("missing.json: error EPI-IO-001 ");
  }

  @Test
  void sarifLocatesProblemsWithForwardSlashesAndRegions() throws IOException {
    JsonNode run = JSON.readTree(Cli.run("validate", "--format", "sarif", bundle("invalid")).out()).get("runs").get(0);

    JsonNode result = run.get("results").get(1);
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(result.get("ruleId").asString()).isEqualTo("EPI-SHAPE-004");
    assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asString())
        .isEqualTo("EPI-SHAPE-004");
    assertThat(location.get("artifactLocation").get("uri").asString())
        .isEqualTo("src/test/resources/bundles/invalid/procedures.json");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(5);
    assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(30);
  }

  private static JsonNode find(JsonNode root, String code) {
    for (JsonNode p : root.get("problems")) {
      if (p.get("code").asString().equals(code)) {
        return p;
      }
    }
    throw new AssertionError("no problem " + code + " in " + root);
  }

  private static int count(List<String> values, String value) {
    return (int) values.stream().filter(value::equals).count();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> failures(Document doc) {
    NodeList list = doc.getElementsByTagName("failure");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
