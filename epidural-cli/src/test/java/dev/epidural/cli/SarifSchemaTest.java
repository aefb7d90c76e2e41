package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.epidural.cli.report.Explanations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format sarif} output is valid against the OASIS SARIF 2.1.0 JSON schema and meets what
 * GitHub code scanning documents: relative URIs with base ids, a region on every result, rules with
 * full description, help and help URI, partial fingerprints; and a usage error still gives a log.
 * Run on every invalid fixture of epidural-content (outside the working directory, so they test
 * the base ids too), the CLI's own bundles, zips, the built-in bundle and usage errors.
 */
class SarifSchemaTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Path CONTENT_FIXTURES = Path.of("../epidural-content/src/test/resources/invalid");

  private static Schema sarif;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void loadSchema() {
    sarif = SchemaValidation.sarifSchema();
  }

  static Stream<Arguments> runs() throws IOException {
    Path spaced = Files.createDirectories(tmp.resolve("with space"));
    for (String f : List.of("bundle.json", "procedures.json", "faq.json")) {
      Files.copy(Path.of(bundle("invalid"), f), spaced.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<Arguments> runs = new ArrayList<>(List.of(
        Arguments.of("invalid bundle", List.of(bundle("invalid"))),
        Arguments.of("valid bundle, no results", List.of(bundle("valid"))),
        Arguments.of("several bundles", List.of(bundle("invalid"), bundle("warnings"), bundle("valid"))),
        Arguments.of("hostile text", List.of(bundle("hostile-text"))),
        Arguments.of("built-in bundle", List.of("--builtin")),
        Arguments.of("absolute path with a space, outside the working directory", List.of(spaced.toString())),
        Arguments.of("the same, under --sarif-base", List.of("--sarif-base", tmp.toString(), spaced.toString())),
        Arguments.of("manifest path", List.of(bundle("invalid") + "/bundle.json"))));
    try (Stream<Path> fixtures = Files.list(CONTENT_FIXTURES)) {
      for (Path f : fixtures.sorted().toList()) {
        if (!f.getFileName().toString().endsWith(".tsv")) {
          runs.add(Arguments.of("content fixture " + f.getFileName(), List.of(f.toString())));
        }
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void outputIsValidSarifAsCodeScanningReadsIt(String name, List<String> args) {
    Cli.Result r = Cli.run(Stream.concat(Stream.of("validate", "--format", "sarif"), args.stream())
        .toArray(String[]::new));

    assertThat(SchemaValidation.validate(sarif, r.out())).as(r.out()).isEmpty();
    JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
    JsonNode invocation = run.get("invocations").get(0);
    if (r.exitCode() == ExitCode.USAGE) {
      // Such as not-a-bundle.txt, which the CLI refuses before validating.
      assertUsageErrorLog(run, r);
    } else {
      assertThat(r.err()).isEmpty();
      assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
      assertThat(invocation.get("exitCode").asInt()).isEqualTo(r.exitCode());
    }
    assertCodeScanningRules(run);
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("--bogus", bundle("valid"))),
        Arguments.of(List.of()),
        Arguments.of(List.of("no/such/bundle")),
        Arguments.of(List.of("--max-grade", "easy", bundle("valid"))),
        Arguments.of(List.of("--color=sometimes", bundle("valid"))),
        Arguments.of(List.of("--sarif-base", "no/such/folder", bundle("valid"))),
        Arguments.of(List.of(CONTENT_FIXTURES.resolve("not-a-bundle.txt").toString())),
        // Found by picocli before the command runs: an option missing its value at the end.
        Arguments.of(List.of(bundle("valid"), "--max-grade")),
        Arguments.of(List.of(bundle("valid"), "--sarif-base")));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void aUsageErrorStillWritesAValidLogWithTheError(List<String> args) {
    Cli.Result r = Cli.run(Stream.concat(Stream.of("validate", "--format", "sarif"), args.stream())
        .toArray(String[]::new));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(SchemaValidation.validate(sarif, r.out())).as(r.out()).isEmpty();
    assertUsageErrorLog(JSON.readTree(r.out()).get("runs").get(0), r);
  }

  @Test
  void aUsageErrorLogGoesToTheOutputFile() throws IOException {
    Path file = tmp.resolve("usage.sarif");

    Cli.Result r = Cli.run("validate", "--format", "sarif", "--output", file.toString(), "no/such/bundle");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    String log = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(SchemaValidation.validate(sarif, log)).isEmpty();
    assertUsageErrorLog(JSON.readTree(log).get("runs").get(0), r);
  }

  @Test
  void otherFormatsWriteNoReportOnAUsageError() {
    assertThat(Cli.run("validate", "--format", "json", "no/such/bundle").out()).isEmpty();
  }

  private static void assertUsageErrorLog(JsonNode run, Cli.Result r) {
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("exitCode").asInt()).isEqualTo(ExitCode.USAGE);
    String notification = invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asString();
    assertThat(notification).isNotBlank();
    assertThat(r.err()).startsWith("epidural: " + notification);
    assertThat(run.get("results").size()).isZero();
  }

  /** What GitHub code scanning documents, on every result and rule of a run. */
  private static void assertCodeScanningRules(JsonNode run) {
    JsonNode bases = run.get("originalUriBaseIds");
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode result : run.get("results")) {
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      String uri = location.get("artifactLocation").get("uri").asString();
      String base = location.get("artifactLocation").get("uriBaseId").asString();
      assertThat(uri).doesNotStartWith("../").doesNotContain("/../").doesNotStartWith("/")
          .doesNotContain("file:").isNotEqualTo("..");
      assertThat(bases.has(base)).as("base id %s is described", base).isTrue();
      assertThat(location.get("region").get("startLine").asInt()).as(result.toString()).isPositive();
      String fingerprint = result.get("partialFingerprints").get("epiduralProblem/v1").asString();
      assertThat(fingerprint).matches("[0-9a-f]{64}(:[0-9]+)?");
      assertThat(fingerprints.add(fingerprint)).as("fingerprints are unique in a run").isTrue();
    }
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      String id = rule.get("id").asString();
      assertThat(rule.get("shortDescription").get("text").asString()).isNotBlank();
      assertThat(rule.get("fullDescription").get("text").asString()).isNotBlank();
      assertThat(rule.get("help").get("text").asString()).contains("Fix: ");
      assertThat(rule.get("help").get("markdown").asString()).contains("**Fix:**").contains("```text\n");
      assertThat(rule.get("helpUri").asString())
          .isEqualTo(Explanations.DOCS + "#" + id.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void everyHelpUriAnchorIsAHeadingOfDocsProblemsMd() throws IOException {
    String doc = Files.readString(Path.of("../docs/problems.md"), StandardCharsets.UTF_8);
    JsonNode rules = JSON.readTree(Cli.run("validate", "--format", "sarif", bundle("invalid"), bundle("hostile-text"))
        .out()).get("runs").get(0).get("tool").get("driver").get("rules");

    assertThat(rules.size()).isPositive();
    for (JsonNode rule : rules) {
      // GitHub's anchor of the heading "### EPI-REF-002" is "epi-ref-002".
      assertThat(doc).contains("\n### " + rule.get("id").asString() + "\n");
    }
  }

  @Test
  void aBundleOutsideTheBaseGetsItsOwnBaseIdAndRelativeUris() throws IOException {
    Path outside = copy(bundle("invalid"), tmp.resolve("outside"));

    JsonNode run = JSON.readTree(Cli.run("validate", "--format", "sarif", outside.toString()).out()).get("runs").get(0);
    JsonNode under = JSON.readTree(Cli.run("validate", "--format", "sarif", "--sarif-base", tmp.toString(),
        outside.toString()).out()).get("runs").get(0);

    JsonNode artifact = run.get("results").get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asString()).isEqualTo("procedures.json");
    assertThat(artifact.get("uriBaseId").asString()).isEqualTo("BUNDLE1");
    assertThat(run.get("originalUriBaseIds").get("BUNDLE1").has("uri")).as("no machine path").isFalse();
    JsonNode based = under.get("results").get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(based.get("uri").asString()).isEqualTo("outside/procedures.json");
    assertThat(based.get("uriBaseId").asString()).isEqualTo("SRCROOT");
  }

  @Test
  void relativeUrisArePercentEncoded() throws IOException {
    Path spaced = copy(bundle("warnings"), tmp.resolve("a b"));

    String out = Cli.run("validate", "--format", "sarif", "--sarif-base", tmp.toString(), spaced.toString()).out();

    assertThat(out).contains("\"uri\": \"a%20b/bundle.json\"");
  }

  @Test
  void fingerprintsDoNotMoveWhenLinesDo() throws IOException {
    Path before = copy(bundle("invalid"), tmp.resolve("before"));
    Path after = copy(bundle("invalid"), tmp.resolve("after"));
    Path procedures = after.resolve("procedures.json");
    Files.writeString(procedures, "\n\n\n" + Files.readString(procedures));

    JsonNode one = JSON.readTree(Cli.run("validate", "--format", "sarif", "--sarif-base", before.toString(),
        before.toString()).out()).get("runs").get(0).get("results");
    JsonNode two = JSON.readTree(Cli.run("validate", "--format", "sarif", "--sarif-base", after.toString(),
        after.toString()).out()).get("runs").get(0).get("results");

    assertThat(two.size()).isEqualTo(one.size()).isPositive();
    for (int i = 0; i < one.size(); i++) {
      assertThat(two.get(i).get("partialFingerprints")).isEqualTo(one.get(i).get("partialFingerprints"));
    }
    JsonNode moved = two.get(1).get("locations").get(0).get("physicalLocation").get("region").get("startLine");
    JsonNode was = one.get(1).get("locations").get(0).get("physicalLocation").get("region").get("startLine");
    assertThat(moved.asInt()).isEqualTo(was.asInt() + 3);
  }

  @Test
  void aWholeFileProblemIsAtLineOne() {
    JsonNode results = JSON.readTree(Cli.run("validate", "--format", "sarif", bundle("hostile-text")).out())
        .get("runs").get(0).get("results");

    JsonNode missing = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asString().equals("EPI-IO-001")) {
        missing = r;
      }
    }
    assertThat(missing).isNotNull();
    JsonNode location = missing.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asString())
        .isEqualTo("src/test/resources/bundles/hostile-text/missing.json");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(1);
    assertThat(location.get("region").has("startColumn")).isFalse();
  }

  @Test
  void theSchemaCatchesABrokenLog() {
    // Proves the validator checks something: the same output with a level SARIF does not know fails.
    String out = Cli.run("validate", "--format", "sarif", bundle("invalid")).out();

    assertThat(SchemaValidation.validate(sarif, out)).isEmpty();
    assertThat(SchemaValidation.validate(sarif, out.replace("\"level\": \"error\"", "\"level\": \"fatal\"")))
        .isNotEmpty();
    assertThat(SchemaValidation.validate(sarif, out.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"")))
        .isNotEmpty();
    assertThat(SchemaValidation.validate(sarif, out.replace("\"startLine\": 5", "\"startLine\": 0"))).isNotEmpty();
  }

  private static Path copy(String from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(Path.of(from))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }
}
