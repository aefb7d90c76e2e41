package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated bundle schema: shipped copies are current, valid bundles pass it, and each invalid
 * fixture fails it at the expected keyword and is refused by the loader too, so schema and loader
 * agree on what a bundle may hold.
 */
class BundleSchemaTest {

  /** Rewrites the shipped copies instead of comparing, with {@code -Dschema.update=true}. */
  private static final boolean UPDATE = Boolean.getBoolean("schema.update");

  private static final String REGENERATE = "the bundle schema changed with the model; regenerate the shipped copies:"
      + " ./mvnw -B -q -pl epidural-cli -am verify -Dschema.update=true (or java -jar"
      + " epidural-cli/target/epidural-cli.jar schema -o docs/bundle.schema.json and copy it to"
      + " epidural-content/src/main/resources/dev/epidural/content/bundle.schema.json)";

  static final List<Path> SHIPPED = List.of(
      Path.of("../docs/bundle.schema.json"),
      Path.of("../epidural-content/src/main/resources/dev/epidural/content/bundle.schema.json"));

  private static final Path FIXTURES = Path.of("src/test/resources/schema");

  @TempDir
  Path tmp;

  @Test
  void shippedCopiesAreExactlyTheGeneratorsOutput() throws IOException {
    String generated = BundleSchema.text();
    for (Path shipped : SHIPPED) {
      if (UPDATE) {
        Files.writeString(shipped, generated, StandardCharsets.UTF_8);
      }
      assertThat(shipped).as(REGENERATE).exists();
      assertThat(Files.readString(shipped, StandardCharsets.UTF_8)).as("%s: %s", shipped, REGENERATE)
          .isEqualTo(generated);
    }
  }

  @Test
  void schemaCommandPrintsTheGeneratedSchema() {
    Cli.Result r = Cli.run("schema");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(SchemaValidation.BUNDLE_SCHEMA);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void generationIsDeterministic() {
    assertThat(BundleSchema.text()).isEqualTo(BundleSchema.text());
  }

  @Test
  void schemaIsValidDraft202012() {
    assertThat(SchemaValidation.validate(SchemaValidation.metaSchema(), SchemaValidation.BUNDLE_SCHEMA)).isEmpty();
    assertThat(SchemaValidation.BUNDLE_SCHEMA).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  static Stream<Path> validFiles() throws IOException {
    try (Stream<Path> bundles = Stream.of("valid", "valid-v2", "warnings").map(n -> Path.of(Cli.BUNDLES, n))
        .flatMap(BundleSchemaTest::list); Stream<Path> schema = list(FIXTURES.resolve("valid"))) {
      return Stream.concat(bundles, schema).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void validBundleFilesPass(Path file) throws IOException {
    assertThat(SchemaValidation.validate(SchemaValidation.bundleSchema(null), Files.readString(file)))
        .as(file.toString()).isEmpty();
  }

  @Test
  void theEverythingFixtureIsAValidBundle() {
    // Guards the fixture that exercises every kind and optional property: it must be valid content.
    ValidationReport report = EpiduralContent.loader().from(FIXTURES.resolve("valid")).clock(Cli.CLOCK).validate();

    assertThat(report.problems()).isEmpty();
  }

  static Stream<Arguments> invalidFixtures() {
    return Stream.of(
        content("unknown-property.json", "additionalProperties", "EPI-SHAPE-002"),
        content("unknown-kind.json", "additionalProperties", "EPI-SHAPE-002"),
        content("text-unknown-variant.json", "additionalProperties", "EPI-SHAPE-002"),
        content("wrong-enum-code.json", "enum", "EPI-SHAPE-004"),
        content("bad-id.json", "pattern", "EPI-SHAPE-004"),
        content("id-too-long.json", "maxLength", "EPI-SHAPE-004"),
        content("bad-date.json", "pattern", "EPI-SHAPE-004"),
        content("missing-required.json", "required", "EPI-SHAPE-001"),
        content("wrong-type.json", "type", "EPI-SHAPE-003"),
        content("wrong-type-nested.json", "type", "EPI-SHAPE-003"),
        content("null-optional.json", "type", "EPI-SHAPE-003"),
        content("blank-text.json", "pattern", "EPI-SHAPE-005"),
        content("duplicate-in-set.json", "uniqueItems", "EPI-SHAPE-006"),
        content("schema-key-not-string.json", "type", "EPI-SHAPE-003"),
        manifest("manifest-missing-files.json", "required", "EPI-SHAPE-005"),
        manifest("manifest-wrong-version.json", "const", "EPI-MAN-001"),
        manifest("manifest-wrong-enum-code.json", "enum", "EPI-SHAPE-004"),
        manifest("manifest-bad-doi.json", "pattern", "EPI-SHAPE-005"));
  }

  private static Arguments content(String file, String keyword, String loaderCode) {
    return Arguments.of(file, "contentFile", keyword, loaderCode);
  }

  private static Arguments manifest(String file, String keyword, String loaderCode) {
    return Arguments.of(file, "manifest", keyword, loaderCode);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidFixturesFailTheSchemaAndTheLoader(String file, String definition, String keyword, String loaderCode)
      throws IOException {
    String json = Files.readString(FIXTURES.resolve("invalid").resolve(file));

    List<Error> whole = SchemaValidation.validate(SchemaValidation.bundleSchema(null), json);
    List<Error> precise = SchemaValidation.validate(SchemaValidation.bundleSchema(definition), json);

    assertThat(whole).as("the root schema accepts %s", file).isNotEmpty();
    assertThat(precise).as("errors of %s against $defs/%s", file, definition)
        .extracting(Error::getKeyword).contains(keyword);
    assertThat(loaderCodes(file, definition, json)).as("the loader's codes for %s", file).contains(loaderCode);
  }

  /** The error codes the loader reports for the fixture, placed in an otherwise valid bundle. */
  private List<String> loaderCodes(String file, String definition, String json) throws IOException {
    Path valid = Path.of(Cli.BUNDLES, "valid");
    Path bundle = Files.createDirectory(tmp.resolve("bundle"));
    if (definition.equals("manifest")) {
      Files.writeString(bundle.resolve("bundle.json"), json);
      Files.copy(valid.resolve("procedures.json"), bundle.resolve("procedures.json"));
    } else {
      Files.writeString(bundle.resolve("bundle.json"), Files.readString(valid.resolve("bundle.json"))
          .replace("\"files\": [\"procedures.json\"]", "\"files\": [\"" + file + "\"]"));
      Files.writeString(bundle.resolve(file), json);
    }
    ValidationReport report = EpiduralContent.loader().from(bundle).clock(Cli.CLOCK).validate();
    if (report.isValid()) {
      fail("the loader accepts " + file + ": " + report);
    }
    return report.errors().stream().map(Problem::code).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("astralTexts")
  void theSchemaAndTheLoaderCountATextsLengthAlike(String name, String text, boolean fits) throws IOException {
    // maxLength counts code points; so must the loader, or emoji between 2,000 and 4,000 would split them.
    Path valid = Path.of(Cli.BUNDLES, "valid");
    Path bundle = Files.createDirectory(tmp.resolve("bundle"));
    Files.copy(valid.resolve("bundle.json"), bundle.resolve("bundle.json"));
    String json = Files.readString(valid.resolve("procedures.json"))
        .replaceFirst("\"name\": \"Placement\"", "\"name\": \"" + text + "\"");
    Files.writeString(bundle.resolve("procedures.json"), json);

    List<Error> schema = SchemaValidation.validate(SchemaValidation.bundleSchema(null), json);
    ValidationReport report = EpiduralContent.loader().from(bundle).clock(Cli.CLOCK).validate();

    assertThat(schema.isEmpty()).as("the schema accepts %s: %s", name, schema).isEqualTo(fits);
    assertThat(report.errors().stream().map(Problem::code).toList()).as(name)
        .isEqualTo(fits ? List.of() : List.of("EPI-SHAPE-005"));
  }

  static Stream<Arguments> astralTexts() {
    String emoji = "\ud83d\ude00";
    return Stream.of(
        Arguments.of("4000 emoji (8000 UTF-16 units)", emoji.repeat(4000), true),
        Arguments.of("4001 emoji", emoji.repeat(4001), false),
        Arguments.of("3999 letters and an emoji", "x".repeat(3999) + emoji, true),
        Arguments.of("4000 letters and an emoji", "x".repeat(4000) + emoji, false),
        Arguments.of("2001 emoji (4002 UTF-16 units)", emoji.repeat(2001), true));
  }

  private static Stream<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
