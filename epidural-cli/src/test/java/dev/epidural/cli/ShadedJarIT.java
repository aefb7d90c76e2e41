package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, run in a child JVM exactly as users run it ({@code java -jar epidural-cli.jar}).
 * Runs in the integration-test phase (failsafe), after package has built the jar; a missing jar is
 * a failure, not a skip. It also proves that a normal run prints nothing to stderr: a fresh JVM
 * is the only place where one-time library banners and logging warnings would show.
 */
class ShadedJarIT {

  @TempDir
  Path tmp;

  record Run(int exitCode, String out, String err) {}

  @Test
  void theShadedJarRunsEveryCommandWithTheContractsExitCodesAndAQuietStderr() throws Exception {
    Path jar = Path.of(System.getProperty("epidural.cli.jar", "target/epidural-cli.jar"));
    assertThat(jar).as("the shaded jar, built by package before integration-test").isRegularFile();
    String bundles = "src/test/resources/bundles/";

    Run version = java(jar, "--version");
    Run valid = java(jar, "validate", bundles + "valid", bundles + "warnings");
    Run invalid = java(jar, "validate", "--format", "json", bundles + "invalid");
    Run diff = java(jar, "diff", "--format", "markdown", bundles + "valid", bundles + "valid-v2");
    Run schema = java(jar, "schema");
    Run usage = java(jar, "validate", "--bogus");
    // The explanations are docs/problems.md, which the build puts into the jar.
    Run explain = java(jar, "explain", "ref-002");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo("epidural " + System.getProperty("epidural.cli.version") + "\n");
    assertThat(valid.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(valid.out()).contains("2 bundles: 2 valid, 0 invalid");
    assertThat(invalid.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(invalid.out()).startsWith("{").contains("\"code\": \"EPI-REF-002\"");
    assertThat(diff.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(diff.out()).startsWith("### Content changes: `example-clinic` `1.0.0` → `1.1.0`");
    assertThat(schema.exitCode()).isZero();
    assertThat(schema.out()).isEqualTo(Files.readString(Path.of("../docs/bundle.schema.json"), StandardCharsets.UTF_8));
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).startsWith("EPI-REF-002 (error): ").contains("\nFix: ");
    for (Run normal : List.of(version, valid, invalid, diff, schema, explain)) {
      assertThat(normal.err()).as("stderr of a normal run").isEmpty();
    }
    assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(usage.err()).startsWith("epidural: Unknown option: '--bogus'").doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  private Run java(Path jar, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // A guard against a hung child only; nothing here measures time.
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the CLI did not finish: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
