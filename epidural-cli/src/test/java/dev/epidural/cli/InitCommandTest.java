package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code epidural init}: a bundle (or an overlay) that validates strictly, with its schema and README. */
class InitCommandTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir
  Path tmp;

  @Test
  void aNewBundleValidatesStrictlyWithNoProblemAtAll() throws IOException {
    Path dir = tmp.resolve("clinic");

    Cli.Result r = Cli.run("init", dir.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    ValidationReport report = EpiduralContent.loader().from(dir).clock(Cli.CLOCK).strict(true).validate();
    assertThat(report.problems()).isEmpty();
    assertThat(Cli.run("validate", "--strict", dir.toString()).exitCode()).isZero();
    golden("init-files.txt", listing(dir, r));
    golden("init-README.md", Files.readString(dir.resolve("README.md")));
  }

  @Test
  void anOverlayValidatesStrictlyOverTheBuiltInBundle() throws IOException {
    Path dir = tmp.resolve("overlay");

    Cli.Result r = Cli.run("init", "--overlay-of-builtin", dir.toString());

    assertThat(r.exitCode()).isZero();
    ValidationReport report = EpiduralContent.loader().base(EpiduralContent.builtIn()).overlay(dir)
        .clock(Cli.CLOCK).strict(true).validate();
    assertThat(report.problems()).isEmpty();
    EpiduralContent merged = EpiduralContent.loader().base(EpiduralContent.builtIn()).overlay(dir)
        .clock(Cli.CLOCK).load();
    assertThat(merged.item("example-question")).isPresent();
    assertThat(merged.items().size()).isEqualTo(EpiduralContent.builtIn().items().size() + 1);
    golden("init-overlay-files.txt", listing(dir, r));
    golden("init-overlay-README.md", Files.readString(dir.resolve("README.md")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyFileNamesTheSchemaItShipsPassesItAndIsFormatted(boolean overlay) throws IOException {
    Path dir = tmp.resolve("b");
    assertThat((overlay ? Cli.run("init", "--overlay-of-builtin", dir.toString()) : Cli.run("init", dir.toString()))
        .exitCode()).isZero();

    assertThat(Files.readString(dir.resolve("bundle.schema.json"))).isEqualTo(BundleSchema.text());
    List<Path> json = jsonFiles(dir);
    assertThat(json).hasSizeGreaterThanOrEqualTo(overlay ? 2 : 4);
    for (Path file : json) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(file.toString()).startsWith("{\n  \"$schema\": \"./bundle.schema.json\",\n");
      assertThat(SchemaValidation.validate(SchemaValidation.bundleSchema(null), text)).as(file.toString()).isEmpty();
    }
    Cli.Result check = Cli.run("fmt", "--check", dir.toString());
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).isEmpty();
  }

  @Test
  void theExamplesSayTheyAreExamplesAndClaimNoReview() {
    EpiduralContent content = EpiduralContent.loader().from(tmpInit()).clock(Cli.CLOCK).load();

    assertThat(content.items()).isNotEmpty().allSatisfy(item -> {
      assertThat(item.id().value()).startsWith("example-");
      assertThat(item.review().status().code()).isEqualTo("draft");
    });
    assertThat(content.bundle().title()).contains("Example");
  }

  @Test
  void aNonEmptyFolderOrAFileIsRefusedAndLeftAsItWas() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("used"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Path file = Files.writeString(tmp.resolve("file"), "x");

    for (Path target : List.of(dir, file)) {
      Cli.Result r = Cli.run("init", target.toString());

      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).startsWith("epidural: ");
      assertThat(r.out()).isEmpty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void anEmptyFolderIsFilled() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));

    assertThat(Cli.run("init", dir.toString()).exitCode()).isZero();
    assertThat(dir.resolve("bundle.json")).exists();
  }

  private Path tmpInit() {
    Path dir = tmp.resolve("examples");
    assertThat(Cli.run("init", dir.toString()).exitCode()).isZero();
    return dir;
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("bundle.schema.json")).sorted().toList();
    }
  }

  /** The files in the folder, and what the command printed, with the folder as {@code DIR}. */
  private static String listing(Path dir, Cli.Result r) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining("\n", "", "\n"))
          + "---\n" + r.out().replace(dir.toString(), "DIR");
    }
  }

  private static void golden(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
