package dev.epidural.content.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> REGIONS = List.of("cervical", "thoracic", "lumbar", "sacral");

  @Test
  void aValueThatDiffersOnlyInCaseRanksFirst() {
    assertThat(Suggestions.nearest("Lumbar", REGIONS)).containsExactly("lumbar");
    // "lumbr" (one edit) would come after an exact match in another case.
    assertThat(Suggestions.nearest("LUMBR", List.of("lumbr-x", "lumbr", "LUMBRA", "lumbar"))).containsExactly("lumbr",
        "LUMBRA", "lumbar");
  }

  @Test
  void nearerValuesComeFirstThenAlphabetically() {
    assertThat(Suggestions.nearest("step-needle-placment",
        List.of("step-needle-removal", "step-needle-placement", "step-needle-placements", "step-evaluation")))
        .containsExactly("step-needle-placement", "step-needle-placements");
    assertThat(Suggestions.nearest("med-corticosteriod", List.of("med-lidocaine", "med-corticosteroid")))
        .containsExactly("med-corticosteroid");
    assertThat(Suggestions.nearest("theraputic",
        List.of("diagnostic", "therapeutic", "anesthetic-analgesic", "blood-patch"))).containsExactly("therapeutic");
  }

  @Test
  void atMostThreeAreNamed() {
    assertThat(Suggestions.nearest("ab", List.of("aa", "ac", "ad", "ae", "ab"))).containsExactly("aa", "ac", "ad");
  }

  @Test
  void farValuesAreListedInstead_capped() {
    assertThat(Suggestions.forValue("curative", List.of("diagnostic", "therapeutic"), "expected one of "))
        .isEqualTo("expected one of [diagnostic, therapeutic]");
    List<String> many = IntStream.range(0, 25).mapToObj(i -> "value-" + (char) ('a' + i) + "xx").toList();
    assertThat(Suggestions.forValue("zzzzzzzzzzzz", many, "allowed: "))
        .startsWith("allowed: [value-axx, value-bxx").endsWith(", value-txx, ... and 5 more]");
    assertThat(Suggestions.forValue("theraputic", List.of("therapeutic"), "expected one of "))
        .isEqualTo("did you mean 'therapeutic'?");
    assertThat(Suggestions.didYouMean("x", List.of("abc"))).isEmpty();
    assertThat(Suggestions.didYouMean("ab", List.of("abc", "abd"))).isEqualTo("; did you mean 'abc' or 'abd'?");
  }

  @Test
  void theCutoffGrowsWithTheLength() {
    assertThat(Suggestions.nearest("abc", List.of("xyc"))).isEmpty();
    assertThat(Suggestions.nearest("abcdefgh", List.of("abcdefxy"))).containsExactly("abcdefxy");
    assertThat(Suggestions.nearest("abcdefghijkl", List.of("abcdefghixyz"))).containsExactly("abcdefghixyz");
  }

  @Test
  void suggestionsAreMadePrintable() {
    assertThat(Suggestions.forValue("ab\u202Ec", List.of("ab\u202Ec\u0007"), "allowed: "))
        .isEqualTo("did you mean 'ab\\u202Ec\\u0007'?");
  }

  @Test
  void longValuesAreNotCompared() {
    String longValue = "a".repeat(Suggestions.MAX_COMPARED_LENGTH + 1);
    assertThat(Suggestions.nearest(longValue, List.of(longValue + "b"))).isEmpty();
  }
}
