package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format, compared byte for byte with a reviewed file under
 * {@code src/test/resources/golden/}. Only the CLI's version is normalised (to {@code @VERSION@});
 * paths are relative, as a CI job would pass them. {@code -Dgolden.update=true} rewrites the files
 * instead of comparing; review the diff before committing.
 */
class GoldenFilesTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> outputs() {
    return Stream.of(
        golden("validate-invalid.txt", 1, "validate", bundle("invalid")),
        golden("validate-invalid.color.txt", 1, "validate", "--color=always", bundle("invalid")),
        golden("validate-warnings.txt", 0, "validate", bundle("warnings")),
        golden("validate-valid.txt", 0, "validate", bundle("valid")),
        golden("validate-several.txt", 1, "validate", bundle("invalid"), bundle("warnings"), bundle("valid")),
        // Tabs, terminal escapes, bidirectional controls, wide letters, a long line, a missing file.
        golden("validate-hostile-text.txt", 1, "validate", bundle("hostile-text")),
        golden("validate-hostile-text.junit.xml", 1, "validate", "--format", "junit", bundle("hostile-text")),
        golden("explain-ref-002.txt", 0, "explain", "EPI-REF-002"),
        golden("explain-text-010.txt", 0, "explain", "epi-text-010"),
        golden("validate-invalid.json", 1, "validate", "--format", "json", bundle("invalid")),
        golden("validate-invalid.sarif.json", 1, "validate", "--format", "sarif", bundle("invalid")),
        golden("validate-invalid.junit.xml", 1, "validate", "--format", "junit", bundle("invalid")),
        golden("validate-several.json", 1, "validate", "--format", "json", bundle("invalid"), bundle("warnings")),
        golden("diff.txt", 0, "diff", bundle("valid"), bundle("valid-v2")),
        golden("diff.json", 0, "diff", "--format", "json", bundle("valid"), bundle("valid-v2")),
        golden("diff.md", 0, "diff", "--format", "markdown", bundle("valid"), bundle("valid-v2")),
        golden("diff-invalid.md", 1, "diff", "--format", "markdown", bundle("valid"), bundle("invalid")),
        golden("review-record.json", 0, "review-record", "--id", "review-2026-11", "--reviewer", "Dr. Eve Madeup",
            "--role", "anaesthetist", "--date", "2026-11-30", "--decision", "approved", "--next-review", "2027-11-30",
            "--note", "Approved as written.", "--items", "approach-transforaminal", bundle("valid")));
  }

  private static Arguments golden(String file, int exitCode, String... args) {
    return Arguments.of(file, exitCode, List.of(args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void outputMatchesItsGoldenFile(String file, int exitCode, List<String> args) throws IOException {
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    String actual = r.out().replace(VersionProvider.version(), "@VERSION@");
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }

    assertThat(r.exitCode()).isEqualTo(exitCode);
    assertThat(r.err()).isEmpty();
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
