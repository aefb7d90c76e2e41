package dev.epidural.cli;

import static dev.epidural.cli.Cli.assertNoStackTrace;
import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code epidural diff}: what it reports, and its exit codes. */
class DiffCommandTest {

  @TempDir
  Path tmp;

  @Test
  void identicalBundlesHaveNoDifferences() throws IOException {
    Path copy = copy(Path.of(bundle("valid")), "copy");

    Cli.Result r = Cli.run("diff", bundle("valid"), copy.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("0 added, 0 removed, 0 changed\n").doesNotContain("changed  ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void differencesAreNotAFailure() {
    assertThat(Cli.run("diff", bundle("valid"), bundle("valid-v2")).exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void anInvalidBundleIsReportedWithItsProblemsAndExitsOne() {
    Cli.Result text = Cli.run("diff", bundle("valid"), bundle("invalid"));
    Cli.Result json = Cli.run("diff", "--format", "json", bundle("invalid"), bundle("valid"));

    assertThat(text.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(text.out()).contains("is invalid: 7 errors").contains("EPI-REF-002").doesNotContain("added");
    assertThat(json.exitCode()).isEqualTo(ExitCode.INVALID);
    JsonNode root = JsonMapper.builder().build().readTree(json.out());
    assertThat(root.get("valid").asBoolean()).isFalse();
    assertThat(root.get("bundles").get(0).get("path").asString()).isEqualTo(bundle("invalid"));
    assertNoStackTrace(text);
    assertNoStackTrace(json);
  }

  @Test
  void bothInvalidBundlesAreReported() {
    Cli.Result r = Cli.run("diff", bundle("invalid"), bundle("invalid") + "/bundle.json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains(bundle("invalid") + " (example-clinic 1.0.0-broken) is invalid")
        .contains(bundle("invalid") + "/bundle.json (example-clinic 1.0.0-broken) is invalid");
  }

  @Test
  void missingBundleIsExitTwo() {
    Cli.Result r = Cli.run("diff", bundle("valid"), "no/such/bundle");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("epidural: no such file or directory: no/such/bundle\n");
  }

  @Test
  void textVariantsOfListElementsAreNamed() throws IOException {
    Path before = Path.of("src/test/resources/schema/valid");
    Path after = copy(before, "after");
    replace(after.resolve("everything.json"), "\"clinician\": \"The internal vertebral venous plexus\"",
        "\"clinician\": \"The internal vertebral venous plexus (Batson)\"");

    Cli.Result r = Cli.run("diff", before.toString(), after.toString());

    // The fixture's item has an approval, which the edit invalidates: the diff says so first.
    assertThat(r.out()).contains("changed  anatomy/anatomy-epidural-space\n  needs a new review: ")
        .contains("\n  items[1] (clinician): \"The internal vertebral venous plexus\" -> "
        + "\"The internal vertebral venous plexus (Batson)\"\n");
  }

  @Test
  void nestedRecordsAreComparedComponentByComponent() throws IOException {
    Path before = Path.of("src/test/resources/schema/valid");
    Path after = copy(before, "after");
    replace(after.resolve("everything.json"), "\"volume\": {\"low\": 1, \"high\": 2.5, \"unit\": \"mL\"}",
        "\"volume\": {\"low\": 1, \"high\": 3, \"unit\": \"mL\"}");

    JsonNode changed = json(Cli.run("diff", "--format", "json", before.toString(), after.toString()).out())
        .get("changed");

    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).get("id").asString()).isEqualTo("lumbar-interlaminar-esi");
    JsonNode field = changed.get(0).get("fields").get(0);
    assertThat(field.get("field").asString()).isEqualTo("medications[0].volume.high");
    assertThat(field.get("old").asDouble()).isEqualTo(2.5);
    assertThat(field.get("new").asDouble()).isEqualTo(3.0);
    assertThat(field.has("variants")).isFalse();
  }

  @Test
  void anItemThatChangesKindIsRemovedAndAdded() throws IOException {
    Path before = Path.of("src/test/resources/schema/valid");
    Path after = copy(before, "after");
    // The complication becomes a longevity factor with the same id.
    String content = Files.readString(after.resolve("everything.json"));
    content = content.replace("\"complications\": [\"complication-infection\"],", "")
        .replace("{\"id\": \"complication-infection\", \"name\": \"Infection\", \"description\": \"Rare.\", \"sources\": "
            + "[{\"source\": \"radiographics-2017-esi\", \"locator\": \"abstract\"}]}", "")
        .replace("{\"id\": \"longevity-duration-of-pain\",", "{\"id\": \"complication-infection\", \"name\": \"Infection\","
            + " \"sources\": [{\"source\": \"radiographics-2017-esi\", \"locator\": \"abstract\"}]},\n"
            + "    {\"id\": \"longevity-duration-of-pain\",");
    Files.writeString(after.resolve("everything.json"), content);

    Cli.Result r = Cli.run("diff", before.toString(), after.toString());

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("added    longevityFactors/complication-infection\n")
        .contains("removed  complications/complication-infection\n")
        .contains("  complications: [\"complication-infection\"] -> []\n");
  }

  @Test
  void diffWorksAcrossFormsOfTheSameBundle() {
    Cli.Result r = Cli.run("diff", bundle("valid"), bundle("valid") + "/bundle.json");

    assertThat(r.out()).contains("0 added, 0 removed, 0 changed");
  }

  @Test
  void markdownEscapesBackticksInValues() throws IOException {
    Path before = Path.of(bundle("valid"));
    Path after = copy(before, "after");
    replace(after.resolve("procedures.json"), "\"name\": \"Transforaminal\"", "\"name\": \"Trans`foraminal``\"");

    String md = Cli.run("diff", "--format", "markdown", before.toString(), after.toString()).out();

    // The longest backtick run in the new value is two, so its code span is fenced with three.
    assertThat(md).contains("  - `name` (text): `\"Transforaminal\"` → ```\"Trans`foraminal``\"```\n");
  }

  @Test
  void diffOutputCanGoToAFile() throws IOException {
    Path file = tmp.resolve("diff.md");

    Cli.Result r = Cli.run("diff", "-f", "markdown", "-o", file.toString(), bundle("valid"), bundle("valid-v2"));

    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("### Content changes: `example-clinic` `1.0.0` → `1.1.0`");
  }

  private static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = Files.createDirectory(tmp.resolve(name));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(from)) {
      list.forEach(files::add);
    }
    for (Path f : files) {
      Files.copy(f, to.resolve(f.getFileName()));
    }
    return to;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).as("fixture text to replace").contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
