package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.cli.report.ColorMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report beyond its golden files: colour choice, untrusted source lines, summaries. */
class TextReportTest {

  @TempDir
  Path tmp;

  @Test
  void noControlCharacterOfTheBundleReachesTheTerminal() {
    Cli.Result plain = Cli.run("validate", bundle("hostile-text"));
    Cli.Result colored = Cli.run("validate", "--color=always", bundle("hostile-text"));

    assertThat(plain.out()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E")
        .doesNotContain("\t").contains("\\u001B]0;owned\\u0007").contains("\\u202Eesrever\\u202C");
    // With colour, every escape sequence is one of the report's own SGR sequences.
    assertThat(colored.out().replaceAll("\u001B\\[[0-9;]*m", "")).doesNotContain("\u001B")
        .isEqualTo(plain.out());
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminalWithoutNoColor() {
    assertThat(ColorMode.AUTO.colors(true, null, "xterm")).isTrue();
    assertThat(ColorMode.AUTO.colors(true, "", "xterm")).as("NO_COLOR empty counts as unset").isTrue();
    assertThat(ColorMode.AUTO.colors(true, "1", "xterm")).isFalse();
    assertThat(ColorMode.AUTO.colors(false, null, "xterm")).as("not a terminal").isFalse();
    assertThat(ColorMode.AUTO.colors(true, null, "dumb")).isFalse();
    assertThat(ColorMode.ALWAYS.colors(false, "1", "dumb")).as("the option wins").isTrue();
    assertThat(ColorMode.NEVER.colors(true, null, "xterm")).isFalse();
  }

  @Test
  void colorOption() throws IOException {
    assertThat(Cli.run("validate", "--color", "ALWAYS", bundle("invalid")).out()).contains("\u001B[1;31m");
    assertThat(Cli.run("validate", "--color=never", bundle("invalid")).out()).doesNotContain("\u001B");
    // Tests do not run on a terminal: auto means none.
    assertThat(Cli.run("validate", bundle("invalid")).out()).doesNotContain("\u001B");
    // Never in a file, unless asked.
    Path file = tmp.resolve("report.txt");
    Cli.run("validate", "--output", file.toString(), bundle("invalid"));
    assertThat(Files.readString(file)).doesNotContain("\u001B");
    // Other formats are never coloured.
    assertThat(Cli.run("validate", "--color=always", "--format", "json", bundle("invalid")).out())
        .doesNotContain("\u001B");
    Cli.Result bad = Cli.run("validate", "--color=sometimes", bundle("invalid"));
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).startsWith("epidural: Invalid value for option '--color': expected one of auto, always, "
        + "never but was 'sometimes'");
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void summariesCountWithTheRightNumberAndSayNoProblems() {
    assertThat(last(Cli.run("validate", bundle("invalid")))).isEqualTo("7 errors, 1 warning in 2 files");
    assertThat(last(Cli.run("validate", bundle("warnings")))).isEqualTo("0 errors, 1 warning in 1 file");
    assertThat(last(Cli.run("validate", bundle("valid")))).isEqualTo("no problems");
    assertThat(last(Cli.run("validate", bundle("valid"), bundle("valid"))))
        .isEqualTo("2 bundles: 2 valid, 0 invalid; no problems");
  }

  @Test
  void crlfLinesAndAColumnPastTheEndAreShownSafely() throws IOException {
    Path b = Files.createDirectory(tmp.resolve("crlf"));
    Path valid = Path.of(bundle("valid"));
    Files.writeString(b.resolve("bundle.json"), Files.readString(valid.resolve("bundle.json")).replace("\n", "\r\n"));
    // A file cut short: the parser stops past the end of the last line.
    Files.writeString(b.resolve("procedures.json"), "{\r\n  \"steps\": [\r\n    {\"id\": \"step-x\"");

    String out = Cli.run("validate", b.toString()).out();

    assertThat(out).doesNotContain("\r");
    assertThat(out).contains("procedures.json:3:").contains("EPI-JSON-001");
    List<String> lines = out.lines().toList();
    int at = lines.indexOf(lines.stream().filter(l -> l.contains("EPI-JSON-001")).findFirst().orElseThrow());
    assertThat(lines.get(at + 1)).isEqualTo("  3 |     {\"id\": \"step-x\"");
    assertThat(lines.get(at + 2)).isEqualTo("    | " + " ".repeat(19) + "^");
  }

  @Test
  void aVeryLongLineIsShownAsAWindowAroundTheColumn() throws IOException {
    Path b = Files.createDirectory(tmp.resolve("long"));
    Path valid = Path.of(bundle("valid"));
    Files.copy(valid.resolve("bundle.json"), b.resolve("bundle.json"));
    String padding = "x".repeat(50_000);
    Files.writeString(b.resolve("procedures.json"), "{\"steps\": [{\"id\": \"step-x\", \"phase\": \"intervention\", "
        + "\"name\": \"" + padding + "\", \"bogus\": 1, \"description\": \"" + padding + "\"}]}", StandardCharsets.UTF_8);

    List<String> lines = Cli.run("validate", b.toString()).out().lines().toList();

    int at = lines.indexOf(lines.stream().filter(l -> l.contains("'bogus'")).findFirst().orElseThrow());
    String source = lines.get(at + 1);
    String caret = lines.get(at + 2);
    assertThat(source).startsWith("  1 | ...").endsWith("...").contains("\"bogus\": 1").hasSizeLessThan(120);
    assertThat(source.charAt(caret.indexOf('^'))).isEqualTo('"');
    assertThat(source.substring(caret.indexOf('^'))).startsWith("\"bogus\"");
  }

  @Test
  void theCaretStandsUnderTheColumnAfterTabsAndWideLetters() {
    List<String> lines = Cli.run("validate", bundle("hostile-text")).out().lines().toList();

    for (String property : List.of("'colour'", "'größe'")) {
      int at = lines.indexOf(lines.stream().filter(l -> l.contains(property)).findFirst().orElseThrow());
      String source = lines.get(at + 1);
      int caret = lines.get(at + 2).indexOf('^');
      // Wide letters take two columns: count display columns up to the caret.
      int columns = 0;
      int i = 0;
      while (columns < caret) {
        int cp = source.codePointAt(i);
        columns += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
            || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA ? 2 : 1;
        i += Character.charCount(cp);
      }
      assertThat(source.substring(i)).as(property).startsWith("\"" + property.substring(1, property.length() - 1) + "\"");
    }
  }

  private static String last(Cli.Result r) {
    List<String> lines = r.out().lines().toList();
    return lines.get(lines.size() - 1);
  }
}
