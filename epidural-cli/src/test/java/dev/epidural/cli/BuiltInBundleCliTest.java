package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI on the bundle shipped in epidural-content ({@code dev/epidural/content/builtin}), as the
 * README quickstart runs it.
 */
class BuiltInBundleCliTest {

  @Test
  void builtinFlagValidatesTheShippedBundle() {
    Cli.Result r = Cli.run("validate", "--builtin");

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("builtin: (").contains(" is valid: no problems");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void builtinPathIsTheSameAsTheFlag() {
    Cli.Result path = Cli.run("validate", "builtin:");

    assertThat(path.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(path.out()).isEqualTo(Cli.run("validate", "--builtin").out());
  }

  @Test
  void builtinSarifIsValidSarif() {
    Cli.Result r = Cli.run("validate", "--format", "sarif", "--builtin");

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(SchemaValidation.validate(SchemaValidation.sarifSchema(), r.out())).isEmpty();
  }

  @Test
  void builtinJunitHasATestCasePerListedFile() throws IOException {
    List<String> expected = new ArrayList<>(List.of("bundle.json"));
    manifest().get("files").forEach(f -> expected.add(f.asString()));

    String xml = Cli.run("validate", "--format", "junit", "--builtin").out();

    for (String file : expected) {
      assertThat(xml).contains("name=\"" + file + "\"");
    }
    assertThat(xml.split("<testcase ", -1)).hasSize(expected.size() + 1);
  }

  @Test
  void builtinFilesPassTheBundleSchema() throws IOException {
    List<String> files = new ArrayList<>(List.of("bundle.json"));
    manifest().get("files").forEach(f -> files.add(f.asString()));

    for (String file : files) {
      assertThat(SchemaValidation.validate(SchemaValidation.bundleSchema(null), resource(file))).as(file).isEmpty();
    }
  }

  @Test
  void builtinDiffedWithItselfHasNoChanges() {
    Cli.Result r = Cli.run("diff", "builtin:", "builtin:");

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("0 added, 0 removed, 0 changed");
  }

  private static JsonNode manifest() throws IOException {
    return JsonMapper.builder().build().readTree(resource("bundle.json"));
  }

  private static String resource(String file) throws IOException {
    String name = BundleArg.BUILTIN_LOCATION + "/" + file;
    try (InputStream in = BuiltInBundleCliTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("built-in bundle resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
