package dev.epidural.cli;

import static dev.epidural.cli.Cli.assertNoStackTrace;
import static dev.epidural.cli.Cli.bundle;
import static dev.epidural.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The exit-code contract of {@code validate} and its handling of paths, options and output. */
class ValidateCommandTest {

  @TempDir
  Path tmp;

  @Test
  void validBundleExitsZeroAndPrintsNothingToStderr() {
    Cli.Result r = run("validate", bundle("valid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo(bundle("valid") + " (example-clinic 1.0.0) is valid: no problems\n\nno problems\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void invalidBundleExitsOne() {
    Cli.Result r = run("validate", bundle("invalid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("is invalid: 7 errors, 1 warning")
        .contains(bundle("invalid") + "/procedures.json:24:16: error EPI-REF-002 ");
    assertThat(r.err()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void warningsOnlyExitZero() {
    Cli.Result r = run("validate", bundle("warnings"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("is valid: 0 errors, 1 warning").contains("warning EPI-REF-004");
  }

  @Test
  void warningsFailUnderStrict() {
    Cli.Result r = run("validate", "--strict", bundle("warnings"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("is invalid: 1 error, 0 warnings").contains("error EPI-REF-004");
  }

  @Test
  void strictDoesNotFailAValidBundle() {
    assertThat(run("validate", "--strict", bundle("valid")).exitCode()).isEqualTo(ExitCode.OK);
  }

  /** The valid bundle's patient summary reads at grade 7.97: within the default limit of 8, above 7. */
  @Test
  void maxGradeSetsTheReadabilityLimit() {
    Cli.Result strictSeven = run("validate", "--strict", "--max-grade", "7", bundle("valid"));
    assertThat(strictSeven.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(strictSeven.out()).contains("error EPI-TEXT-009 patient text reads at Flesch-Kincaid grade 8.0, above the"
        + " limit of 7.0, at /procedures/0/summary/patient");

    assertThat(run("validate", "--strict", "--max-grade", "8", bundle("valid")).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run("validate", "--strict", "--max-grade", "off", bundle("valid")).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run("validate", "--max-grade=7.5", bundle("valid")).out()).contains("0 errors, 1 warning");
  }

  @Test
  void aMaxGradeThatIsNoNumberIsAUsageError() {
    Cli.Result r = run("validate", "--max-grade", "easy", bundle("valid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'easy' is not a grade level");
    assertNoStackTrace(r);
  }

  /** A notice (info) is a SARIF note and never fails a strict run. */
  @Test
  void aNoticeIsASarifNoteAndPassesStrictMode() throws IOException {
    Path copy = Files.createDirectories(tmp.resolve("de"));
    try (Stream<Path> files = Files.list(Path.of(bundle("valid")))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, copy.resolve(f.getFileName().toString()));
      }
    }
    Path manifest = copy.resolve("bundle.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"locale\": \"en\"", "\"locale\": \"de\""));

    Cli.Result r = run("validate", "--strict", "--format", "sarif", copy.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).containsPattern("\"ruleId\":\\s*\"EPI-TEXT-010\"").containsPattern("\"level\":\\s*\"note\"")
        .doesNotContainPattern("\"level\":\\s*\"info\"");
  }

  @Test
  void severalBundlesInOneRunFailIfAnyFails() {
    Cli.Result r = run("validate", bundle("valid"), bundle("invalid"), bundle("warnings"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).endsWith("\n3 bundles: 2 valid, 1 invalid; 7 errors, 2 warnings in 3 files\n");
    assertThat(run("validate", bundle("valid"), bundle("warnings")).exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void manifestFileAndZipAreBundlesToo() throws IOException {
    Path zip = zip(Path.of(bundle("invalid")), tmp.resolve("invalid.zip"));

    Cli.Result fromManifest = run("validate", bundle("valid") + "/bundle.json");
    Cli.Result fromZip = run("validate", zip.toString());

    assertThat(fromManifest.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(fromZip.exitCode()).isEqualTo(ExitCode.INVALID);
    // Entries of a zip are located inside it.
    assertThat(fromZip.out()).contains(zip + "!/procedures.json:24:16: error EPI-REF-002");
  }

  @Test
  void missingPathIsAnIoErrorWithExitTwo() {
    Cli.Result r = run("validate", bundle("valid"), "no/such/bundle");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("epidural: no such file or directory: no/such/bundle\n");
    // Paths are checked before anything is validated: no partial report.
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFileThatIsNoBundleIsAUsageError() throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "hello");

    Cli.Result r = run("validate", notes.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("is not a bundle");
  }

  @Test
  void corruptZipIsAContentProblem() throws IOException {
    Path zip = Files.writeString(tmp.resolve("broken.zip"), "not a zip at all");

    Cli.Result r = run("validate", "--format", "json", zip.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("\"code\": \"EPI-IO-009\"");
    assertNoStackTrace(r);
  }

  @Test
  void noBundleIsAUsageError() {
    Cli.Result r = run("validate");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Missing bundle").contains("Try 'epidural validate --help'");
  }

  @Test
  void outputGoesToTheFileAndNothingToStdout() throws IOException {
    Path file = tmp.resolve("report.json");

    Cli.Result r = run("validate", "--format", "json", "--output", file.toString(), bundle("invalid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{").contains("\"valid\": false");
  }

  @Test
  void unwritableOutputIsExitTwo() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("a-folder"));

    Cli.Result missingParent = run("validate", "-o", tmp.resolve("none/report.txt").toString(), bundle("valid"));
    Cli.Result isFolder = run("validate", "-o", folder.toString(), bundle("valid"));

    assertThat(missingParent.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missingParent.err()).startsWith("epidural: cannot write --output ")
        .contains("its folder does not exist");
    assertThat(isFolder.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(isFolder.err()).startsWith("epidural: cannot write --output ");
    assertNoStackTrace(missingParent);
    assertNoStackTrace(isFolder);
  }

  @Test
  void formatIsCaseInsensitive() {
    Cli.Result r = run("validate", "--format", "JSON", bundle("valid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("{");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("validate", "--bogus", "x")),
        Arguments.of(List.of("validate", "--format", "xml", "x")),
        Arguments.of(List.of("validate", "--format")),
        Arguments.of(List.of("diff", "only-one")),
        Arguments.of(List.of("diff", "--format", "html", "a", "b")),
        Arguments.of(List.of("schema", "extra")),
        Arguments.of(List.of("frobnicate")),
        Arguments.of(List.of()));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageErrorsExitTwoWithOneMessageAndNoStackTrace(List<String> args) {
    Cli.Result r = run(args.toArray(String[]::new));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("epidural: ").contains("--help");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit"})
  void hostileBytesGiveAProblemNotAStackTrace(String format) throws IOException {
    Path bundle = Files.createDirectory(tmp.resolve("hostile"));
    Files.write(bundle.resolve("bundle.json"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});

    Cli.Result r = run("validate", "--format", format, bundle.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("EPI-ENC-002");
    assertThat(r.err()).isEmpty();
    assertNoStackTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "diff", "schema"})
  void everyCommandHasHelpAndVersion(String command) {
    Cli.Result help = run(command, "--help");
    Cli.Result version = run(command, "--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: epidural " + command);
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo("epidural " + System.getProperty("epidural.cli.version") + "\n");
  }

  @Test
  void versionComesFromTheBuild() {
    String built = System.getProperty("epidural.cli.version");

    assertThat(built).as("surefire passes the pom version").isNotBlank();
    assertThat(VersionProvider.version()).isEqualTo(built);
    assertThat(run("--version").out()).isEqualTo("epidural " + built + "\n");
  }

  private static Path zip(Path folder, Path zip) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
         Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        z.putNextEntry(new ZipEntry(f.getFileName().toString()));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
    }
    return zip;
  }
}
