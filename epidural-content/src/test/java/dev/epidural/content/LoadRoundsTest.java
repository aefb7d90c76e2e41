package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Problems come in one run, not in rounds: a mistake that does not depend on another is reported
 * with it. Each rule of docs/problems.md about what can still hide what is held here.
 */
class LoadRoundsTest {

  @TempDir
  Path dir;

  /** The base bundle with {@code from} replaced by {@code to} in {@code file}, for each triple. */
  private ValidationReport patched(String... edits) throws IOException {
    Fixtures.copyInto(Fixtures.base(), dir);
    for (int i = 0; i < edits.length; i += 3) {
      Path f = dir.resolve(edits[i]);
      String text = Files.readString(f);
      assertThat(text).as("fixture edit %s", edits[i + 1]).contains(edits[i + 1]);
      Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(edits[i + 1]),
          java.util.regex.Matcher.quoteReplacement(edits[i + 2])));
    }
    return Fixtures.loader(dir).validate();
  }

  private static List<String> found(ValidationReport report) {
    return report.problems().stream().map(p -> p.file() + " " + p.code() + " " + p.pointer()).toList();
  }

  private static String message(ValidationReport report, String code) {
    return report.problems().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().message();
  }

  /** Mistakes reported in one run: the edits of the base bundle, as {@link #patched} takes them, and all found. */
  static Stream<Arguments> mistakesFoundTogether() {
    return Stream.of(
        Arguments.of("an enum typo does not hide a reference typo in the same procedure", List.of(
            "procedures.json", "\"intent\": \"therapeutic\"", "\"intent\": \"theraputic\"",
            "procedures.json", "\"step-evaluation\", \"step-placement\"",
            "\"step-evaluation\", \"step-placment\""),
            List.of(
                "procedures.json EPI-SHAPE-004 /procedures/0/intent",
                "procedures.json EPI-REF-002 /procedures/0/steps/1")),
        // vocabulary.json cannot be read: the steps' reference to med-local-anesthetic may be fine, and
        // src-b may be cited there; a mistyped source in procedures.json is still judged.
        Arguments.of("a file that is not JSON leaves references and unused sources unjudged", List.of(
            "vocabulary.json", "\"approaches\": [", "\"approaches\": [,",
            "procedures.json", "\"source\": \"src-a\", \"locator\": \"workflow\"",
            "\"source\": \"src-zzz\", \"locator\": \"workflow\""),
            List.of(
                "procedures.json EPI-REF-003 /steps/0/sources/0/source",
                "vocabulary.json EPI-JSON-001 ")),
        Arguments.of("a malformed locale leaves readability unjudged", List.of(
            "bundle.json", "\"locale\": \"en\"", "\"locale\": \"en_US\"",
            "procedures.json", "\"patient\": \"Medicine near the sore nerve.\"", "\"patient\": \"Corticosteroid "
                + "medication is administered epidurally, consequently diminishing inflammation surrounding irritated "
                + "lumbar nerve roots.\"",
            "procedures.json", "\"intent\": \"therapeutic\"", "\"intent\": \"Therapeutic\""),
            List.of(
                "bundle.json EPI-MAN-002 /locale",
                "procedures.json EPI-SHAPE-004 /procedures/0/intent")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakesFoundTogether")
  void eachMistakeIsFoundWithTheOthers(String rule, List<String> edits, List<String> reported) throws IOException {
    ValidationReport report = patched(edits.toArray(String[]::new));

    assertThat(found(report)).containsExactlyInAnyOrderElementsOf(reported);
  }

  @Test
  void aBrokenDateInTheManifestDoesNotHideASyntaxErrorInAContentFile() throws IOException {
    ValidationReport report = patched(
        "bundle.json", "\"lastReviewed\": \"2026-11-21\"", "\"lastReviewed\": \"2026-11-31\"",
        "procedures.json", "\"blood patch\"}]}\n  ]", "\"blood patch\"}]},\n  ]",
        "vocabulary.json", "\"Numbs for a while.\"", "\"Numbs\u200b for a while.\"");

    assertThat(found(report)).containsExactlyInAnyOrder(
        "bundle.json EPI-SHAPE-004 /defaultReview/lastReviewed",
        "procedures.json EPI-JSON-001 ",
        "vocabulary.json EPI-TEXT-003 /medications/0/action");
    assertThat(message(report, "EPI-JSON-001")).isEqualTo("a comma before ']' is not allowed in JSON: remove the last comma");
  }

  /** A manifest mistake that stops the bundle: its edit of bundle.json, and the one problem reported. */
  static Stream<Arguments> manifestMistakesThatStopTheBundle() {
    return Stream.of(
        Arguments.of("an unsupported schema version stops the bundle",
            "\"schemaVersion\": 1", "\"schemaVersion\": 2", "bundle.json EPI-MAN-001 /schemaVersion"),
        Arguments.of("a file list that does not bind is not read",
            "\"files\": [\"vocabulary.json\", \"procedures.json\"]", "\"files\": \"procedures.json\"",
            "bundle.json EPI-SHAPE-003 /files"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifestMistakesThatStopTheBundle")
  void aManifestMistakeThatStopsTheBundleIsReportedAlone(String what, String from, String to, String reported)
      throws IOException {
    ValidationReport report = patched(
        "bundle.json", from, to,
        "procedures.json", "\"intent\": \"therapeutic\"", "\"intent\": \"theraputic\"");

    assertThat(found(report)).containsExactly(reported);
  }

  @Test
  void aManifestThatDoesNotBindWholeLeavesReadabilityUnjudged_butItsContentChecked() throws IOException {
    String hard = "\"patient\": \"Corticosteroid medication is administered epidurally, consequently diminishing "
        + "inflammation surrounding irritated lumbar nerve roots.\"";
    ValidationReport described = patched(
        "procedures.json", "\"patient\": \"Medicine near the sore nerve.\"", hard);
    assertThat(found(described)).containsExactly("procedures.json EPI-TEXT-009 /procedures/0/summary/patient");

    ValidationReport report = patched(
        "bundle.json", "\"title\": \"Test base bundle\"", "\"titel\": \"Test base bundle\"",
        "procedures.json", "\"patient\": \"Medicine near the sore nerve.\"", hard,
        "procedures.json", "\"source\": \"src-a\", \"locator\": \"workflow\"",
        "\"source\": \"src-zzz\", \"locator\": \"workflow\"");

    assertThat(found(report)).containsExactlyInAnyOrder(
        "bundle.json EPI-SHAPE-002 /titel",
        "bundle.json EPI-SHAPE-001 ",
        "procedures.json EPI-REF-003 /steps/0/sources/0/source");
    assertThat(message(report, "EPI-SHAPE-002")).isEqualTo("unknown property 'titel'; did you mean 'title'?");
    assertThat(report.bundle()).isEmpty();
  }

  @Test
  void aValueThatFailsItsShapeLeavesOnlyTheRulesOnThatValueUnjudged() throws IOException {
    // med-blood's class cannot be read: whether blood-patch uses autologous blood cannot be told,
    // and the reference to med-blood names an item that exists; its missing citation still counts.
    ValidationReport report = patched(
        "vocabulary.json", "\"medicationClass\": \"autologous-blood\"", "\"medicationClass\": \"autologous-blod\"",
        "vocabulary.json", "\"action\": \"Seals a leak.\", \"sources\": [{\"source\": \"src-a\", \"locator\": "
            + "\"blood patch\"}]", "\"action\": \"Seals a leak.\", \"sources\": []");

    assertThat(found(report)).containsExactlyInAnyOrder(
        "vocabulary.json EPI-SHAPE-004 /medications/1/medicationClass",
        "vocabulary.json EPI-CLIN-004 /medications/1/sources");
    assertThat(message(report, "EPI-SHAPE-004"))
        .isEqualTo("unknown medication class 'autologous-blod'; did you mean 'autologous-blood'?");
  }

  @Test
  void theCatalogueIsNeverBuiltWhenThereIsAnError() throws IOException {
    Fixtures.copyInto(Fixtures.base(), dir);
    Path f = dir.resolve("vocabulary.json");
    Files.writeString(f, Files.readString(f).replace("\"Quick.\"", "\"" + "x".repeat(4001) + "\""));

    assertThat(Fixtures.loader(dir).validate().errors()).extracting(Problem::code).containsExactly("EPI-SHAPE-005");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.loader(dir).load())
        .isInstanceOf(BundleValidationException.class);
  }
}
