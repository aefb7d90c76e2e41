package dev.epidural.cli;

import static dev.epidural.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.cli.report.Explanations;
import dev.epidural.cli.report.Explanations.Explanation;
import dev.epidural.content.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code epidural explain} and its one source, {@code docs/problems.md}: every code has an entry
 * with an explanation, an example and a fix, and the copy in the jar is that file.
 */
class ExplainCommandTest {

  private static final Path DOC = Path.of("../docs/problems.md");

  @Test
  void theJarCarriesDocsProblemsMdItself() throws IOException {
    try (var in = getClass().getClassLoader().getResourceAsStream(Explanations.RESOURCE)) {
      assertThat(in).as(Explanations.RESOURCE).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(DOC, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void everyCodeHasAnExplanationAnExampleAndAFix(ProblemCode code) throws IOException {
    Map<String, Explanation> entries = Explanations.parse(Files.readString(DOC, StandardCharsets.UTF_8));

    Explanation e = entries.get(code.code());
    assertThat(e).as("docs/problems.md has a heading '### %s'", code.code()).isNotNull();
    assertThat(e.description()).as("%s explained", code.code()).isNotBlank();
    assertThat(e.example()).as("%s example", code.code()).contains(code.code())
        .contains(" " + code.severity().code() + " " + code.code() + " ");
    assertThat(e.fix()).as("%s has a **Fix:** paragraph", code.code()).isNotBlank();
    assertThat(e.uri()).endsWith("problems.md#" + code.code().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void theDocumentHasNoEntryForACodeThatDoesNotExist() throws IOException {
    Map<String, Explanation> entries = Explanations.parse(Files.readString(DOC, StandardCharsets.UTF_8));

    assertThat(entries.keySet()).allMatch(c -> java.util.Arrays.stream(ProblemCode.values())
        .anyMatch(k -> k.code().equals(c)), "is a ProblemCode");
  }

  @Test
  void theTablesGiveEachCodeItsSeverity() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| \\[`(EPI-[A-Z0-9]+-\\d{3})`\\]\\(#([a-z0-9-]+)\\) \\| (\\w+) \\|").matcher(doc);
    int rows = 0;
    while (row.find()) {
      rows++;
      String code = row.group(1);
      assertThat(row.group(2)).isEqualTo(code.toLowerCase(java.util.Locale.ROOT));
      assertThat(row.group(3)).as(code).isEqualTo(java.util.Arrays.stream(ProblemCode.values())
          .filter(c -> c.code().equals(code)).findFirst().orElseThrow().severity().code());
    }
    assertThat(rows).isEqualTo(ProblemCode.values().length);
  }

  @Test
  void aMissingFixOrExampleIsNoticed() {
    // The parser the tests rely on: an entry without a fix or example parses with those empty.
    Map<String, Explanation> entries = Explanations.parse("""
        ## Family

        ### EPI-REF-002

        Explained.

        ### EPI-REF-003

        Explained too.

        ```text
        x.json: error EPI-REF-003 example
        ```

        **Fix:** Do this.

        ## Next
        """);

    assertThat(entries.get("EPI-REF-002").fix()).isEmpty();
    assertThat(entries.get("EPI-REF-002").example()).isEmpty();
    assertThat(entries.get("EPI-REF-003").example()).isEqualTo("x.json: error EPI-REF-003 example");
    assertThat(entries.get("EPI-REF-003").fix()).isEqualTo("Do this.");
  }

  @Test
  void relativeLinksBecomeAbsoluteForSarifViewers() {
    assertThat(Explanations.absoluteLinks("See [limits](#read-limits), [format](bundle-format.md#x) and "
        + "[site](https://no-color.org)."))
        .isEqualTo("See [limits](" + Explanations.DOCS + "#read-limits), [format]("
            + Explanations.DOCS.replace("problems.md", "bundle-format.md#x") + ") and [site](https://no-color.org).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPI-REF-002", "epi-ref-002", "Epi-Ref-002", "ref-002", " REF-002 "})
  void codesAreCaseInsensitiveAndEpiMayBeLeftOut(String code) {
    Cli.Result r = run("explain", code);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(run("explain", "EPI-REF-002").out())
        .startsWith("EPI-REF-002 (error): a reference names no item of the expected kind\n")
        .contains("\nExample:\n  procedures.json:").contains("\nFix: ").contains("problems.md#epi-ref-002\n");
  }

  @Test
  void aNearUnknownCodeSuggestsTheNearestAndExitsTwo() {
    Cli.Result r = run("explain", "EPI-REF-02");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("epidural: unknown problem code 'EPI-REF-02'; did you mean EPI-REF-002?\n");
  }

  @Test
  void aFarUnknownCodeSaysWhatCodesLookLike() {
    Cli.Result r = run("explain", "hello");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("epidural: unknown problem code 'hello'; codes look like EPI-REF-002")
        .doesNotContain("did you mean");
  }

  @Test
  void noCodeIsAUsageError() {
    Cli.Result r = run("explain");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("epidural: ").contains("CODE").contains("--help");
  }
}
