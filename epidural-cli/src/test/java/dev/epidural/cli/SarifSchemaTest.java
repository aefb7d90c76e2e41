package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --format sarif} output is valid against the OASIS SARIF 2.1.0 JSON schema. */
class SarifSchemaTest {

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
      Files.copy(Path.of(bundle("invalid"), f), spaced.resolve(f));
    }
    return Stream.of(
        Arguments.of("invalid bundle", List.of(bundle("invalid"))),
        Arguments.of("valid bundle, no results", List.of(bundle("valid"))),
        Arguments.of("several bundles", List.of(bundle("invalid"), bundle("warnings"), bundle("valid"))),
        Arguments.of("absolute path with a space", List.of(spaced.toString())),
        Arguments.of("manifest path", List.of(bundle("invalid") + "/bundle.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void outputIsValidSarif(String name, List<String> bundles) {
    Cli.Result r = Cli.run(Stream.concat(Stream.of("validate", "--format", "sarif"), bundles.stream())
        .toArray(String[]::new));

    assertThat(r.err()).isEmpty();
    List<Error> errors = SchemaValidation.validate(sarif, r.out());
    assertThat(errors).as(r.out()).isEmpty();
  }

  @Test
  void absolutePathsBecomeFileUrisAndSpacesAreEncoded() throws IOException {
    Path spaced = Files.createDirectories(tmp.resolve("a b"));
    Files.copy(Path.of(bundle("warnings"), "bundle.json"), spaced.resolve("bundle.json"));
    Files.copy(Path.of(bundle("warnings"), "procedures.json"), spaced.resolve("procedures.json"));

    String out = Cli.run("validate", "--format", "sarif", spaced.toString()).out();

    assertThat(out).contains("\"uri\": \"" + spaced.toUri().toString() + "bundle.json\"");
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
  }
}
