package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a named module on the module path, beside the content module (run by failsafe's
 * {@code module-path} execution; the other tests run on the class path). Its reading of the
 * content module's internal packages must go through the qualified exports, which name this module
 * alone, and its picocli commands, resources and report writers must work through the descriptors.
 */
class ModulePathIT {

  private static final Module CLI = Main.class.getModule();
  private static final Module CONTENT = EpiduralContent.class.getModule();

  @Test
  void theCliAndTheLibraryRunAsNamedModules() {
    assertThat(CLI.isNamed()).isTrue();
    assertThat(CLI.getName()).isEqualTo("dev.epidural.cli");
    assertThat(CONTENT.getName()).isEqualTo("dev.epidural.content");
    assertThat(CLI.getDescriptor().exports()).as("a program exports nothing").isEmpty();
  }

  @Test
  void theInternalPackagesTheCliReadsAreExportedToItAlone() {
    Set<ModuleDescriptor.Exports> qualified = CONTENT.getDescriptor().exports().stream()
        .filter(ModuleDescriptor.Exports::isQualified).collect(java.util.stream.Collectors.toSet());
    assertThat(qualified).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source()).startsWith("dev.epidural.content.internal.");
      assertThat(e.targets()).containsExactly("dev.epidural.cli");
      assertThat(CONTENT.isExported(e.source(), CLI)).as(e.source()).isTrue();
      assertThat(CONTENT.isExported(e.source())).as(e.source() + " to everyone").isFalse();
    });
  }

  @Test
  void validateReadsTheBuiltInBundleAndWritesEveryReport() {
    Cli.Result text = Cli.run("validate", "--builtin");
    // The JUnit report lists each file of the bundle: BundleArg reads the built-in manifest from the
    // content module.
    Cli.Result junit = Cli.run("validate", "--builtin", "--format", "junit");
    Cli.Result sarif = Cli.run("validate", "--builtin", "--format", "sarif");

    assertThat(text.exitCode()).as(text.all()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).contains("valid");
    assertThat(junit.exitCode()).as(junit.all()).isEqualTo(ExitCode.OK);
    assertThat(junit.out()).startsWith("<?xml").contains("name=\"bundle.json\"").contains("name=\"procedures.json\"");
    assertThat(sarif.exitCode()).as(sarif.all()).isEqualTo(ExitCode.OK);
    assertThat(sarif.out()).contains("\"version\": \"2.1.0\"");
  }

  @Test
  void anInvalidBundleIsReportedWithItsSourceLinesAsOnTheClassPath() throws Exception {
    Cli.Result invalid = Cli.run("validate", Cli.bundle("invalid"));

    assertThat(invalid.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(invalid.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/validate-invalid.txt"),
        StandardCharsets.UTF_8));
    Cli.assertNoStackTrace(invalid);
  }

  @Test
  void explainReadsTheProblemDocumentationFromTheModule() {
    Cli.Result explain = Cli.run("explain", "ref-002");

    assertThat(explain.exitCode()).as(explain.all()).isZero();
    assertThat(explain.out()).startsWith("EPI-REF-002 (error): ").contains("\nFix: ");
  }

  @Test
  void schemaAndExportWorkThroughTheDescriptors(@TempDir Path tmp) throws Exception {
    Cli.Result schema = Cli.run("schema");
    Path site = tmp.resolve("site");
    Cli.Result export = Cli.run("export", "--format", "html", "--builtin", site.toString());

    assertThat(schema.exitCode()).as(schema.all()).isZero();
    assertThat(schema.out()).isEqualTo(Files.readString(Path.of("../docs/bundle.schema.json"), StandardCharsets.UTF_8));
    assertThat(export.exitCode()).as(export.all()).isZero();
    assertThat(site.resolve("index.html")).isRegularFile();
  }
}
