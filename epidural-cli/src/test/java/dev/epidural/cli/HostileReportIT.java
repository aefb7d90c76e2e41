package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shaded jar in a child JVM with a 64 MiB heap, validating a 200,000-item bad file in every
 * format: each report is capped (at most {@link Problems#MAX_REPORTED} problems, with the summary
 * problem), exit code 1, and nothing on stderr. Before reports were capped and streamed, a 256 MiB
 * heap ran out of memory here. Not timed.
 */
class HostileReportIT {

  @TempDir
  static Path tmp;

  private static Path bundle;

  private static synchronized Path bundle() throws IOException {
    if (bundle == null) {
      Path dir = Files.createDirectories(tmp.resolve("hostile"));
      Path valid = Path.of("src/test/resources/bundles/valid");
      try (var files = Files.list(valid)) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
      Path manifest = dir.resolve("bundle.json");
      String text = Files.readString(manifest);
      Matcher files = Pattern.compile("\"files\"\\s*:\\s*\\[").matcher(text);
      assertThat(files.find()).as("the manifest lists files").isTrue();
      Files.writeString(manifest, text.substring(0, files.end()) + "\"hostile.json\", " + text.substring(files.end()));
      Files.writeString(dir.resolve("hostile.json"), "{\"faq\":[" + "{},".repeat(199_999) + "{}]}");
      bundle = dir;
    }
    return bundle;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit"})
  void aTwoHundredThousandItemBadFileGivesACappedReportInA64MiBHeap(String format) throws Exception {
    Path jar = Path.of(System.getProperty("epidural.cli.jar", "target/epidural-cli.jar"));
    assertThat(jar).isRegularFile();
    Path out = tmp.resolve(format + ".out");
    Path err = tmp.resolve(format + ".err");
    Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-jar", jar.toString(), "validate", "--format", format, bundle().toString()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the CLI did not finish");
    }
    String report = Files.readString(out, StandardCharsets.UTF_8);

    assertThat(Files.readString(err)).as("stderr").isEmpty();
    assertThat(p.exitValue()).isEqualTo(ExitCode.INVALID);
    assertThat(report).contains("EPI-LIM-001").contains("more EPI-SHAPE-001 in hostile.json");
    long problems = switch (format) {
      case "text" -> report.lines().filter(l -> l.contains(": error EPI-") || l.contains(": warning EPI-")).count();
      case "json" -> count(report, "\"code\"");
      case "sarif" -> count(report, "\"ruleId\"");
      default -> count(report, "<failure ");
    };
    assertThat(problems).isPositive().isLessThanOrEqualTo(Problems.MAX_REPORTED);
  }

  private static long count(String text, String needle) {
    return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
  }
}
