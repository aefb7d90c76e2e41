package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.cli.report.Checked;
import dev.epidural.content.BundleInfo;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a JUnit report has a test case for: the manifest, the content files the loader read
 * from it (the report's bundle description), then the files problems name.
 */
class JunitFilesTest {

  @TempDir
  Path tmp;

  private static Problem problemIn(String file) {
    return new Problem("EPI-SHAPE-002", Severity.ERROR, "unknown property", file, "/x", OptionalInt.empty(),
        OptionalInt.empty());
  }

  @Test
  void theManifestThenTheListedFilesThenTheFilesOfProblemsEachOnce() {
    BundleInfo info = new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(),
        List.of("b.json", "a.json", "b.json", "bundle.json"));
    Checked checked = new Checked(BundleArg.parse(Cli.bundle("valid")),
        new ValidationReport("bundle", Optional.of(info), List.of(problemIn("other.json"), problemIn("a.json"))));

    assertThat(checked.files(List.of("other.json", "a.json", "bundle")))
        .containsExactly("bundle.json", "b.json", "a.json", "other.json", "bundle");
  }

  @Test
  void withoutADescriptionTheManifestAndTheFilesOfProblems() {
    Checked checked = new Checked(BundleArg.parse(Cli.bundle("valid")),
        new ValidationReport("bundle", Optional.empty(), List.of(problemIn("procedures.json"))));

    assertThat(checked.files(List.of("procedures.json"))).containsExactly("bundle.json", "procedures.json");
  }

  @Test
  void aBundleWithoutAProblemHasAPassingTestCasePerListedFile() {
    String xml = Cli.run("validate", "--format", "junit", Cli.bundle("valid")).out();

    assertThat(xml).contains("name=\"bundle.json\"/>", "name=\"procedures.json\"/>");
    assertThat(xml.split("<testcase ", -1)).hasSize(3);
  }

  /** A manifest whose locale is ill-formed describes no bundle: its content files are not known as listed. */
  @Test
  void aManifestThatDescribesNoBundleGivesTestCasesForTheFilesOfProblemsOnly() throws IOException {
    Path bundle = Files.createDirectory(tmp.resolve("bad-locale"));
    Path valid = Path.of(Cli.bundle("valid"));
    Files.copy(valid.resolve("procedures.json"), bundle.resolve("procedures.json"));
    String manifest = Files.readString(valid.resolve("bundle.json"));
    assertThat(manifest).contains("\"locale\": \"en\"");
    Files.writeString(bundle.resolve("bundle.json"), manifest.replace("\"locale\": \"en\"", "\"locale\": \"e n\""));

    Cli.Result r = Cli.run("validate", "--format", "junit", bundle.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("EPI-MAN-002").doesNotContain("name=\"procedures.json\"")
        .doesNotContain("<property name=\"id\"");
  }
}
