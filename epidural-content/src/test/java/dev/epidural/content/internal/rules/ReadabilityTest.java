package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The Flesch-Kincaid grade formula against published figures, and the counting against the
 * reference counts the built-in content is written to ({@code readability/*.tsv}, made by the same
 * counting rules on the same texts).
 */
class ReadabilityTest {

  /**
   * The formula with given counts. The coefficients are those of Kincaid, Fishburne, Rogers and
   * Chissom (1975): grade = 0.39 ASL + 11.8 ASW - 15.59. Its published floor is -3.40, for
   * one-word sentences of one-syllable words; 100 words in 5 sentences with 150 syllables
   * (ASL 20, ASW 1.5) is grade 9.91; 17 words in one sentence with 17 syllables is grade 2.84 (a
   * text of monosyllables gets only its sentence length); ASL 16.0 with ASW 1.5 is grade 8.35.
   */
  @ParameterizedTest(name = "{0} words, {1} sentences, {2} syllables: grade {3}")
  @CsvSource({
      "1, 1, 1, -3.40",
      "100, 5, 150, 9.91",
      "17, 1, 17, 2.84",
      "32, 2, 48, 8.35",
      "6, 1, 6, -1.45",
  })
  void theFormulaGivesThePublishedGradeForGivenCounts(int words, int sentences, int syllables, double grade) {
    assertThat(Readability.grade(words, sentences, syllables)).isCloseTo(grade, within(0.005));
  }

  @Test
  void theFormulaNeedsWordsAndSentences() {
    assertThatThrownBy(() -> Readability.grade(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Readability.grade(3, 0, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  /** "The cat sat on the mat." is the usual worked example: six words, one sentence, six syllables. */
  @Test
  void theCatSatOnTheMat() {
    Readability.Counts counts = Readability.counts("The cat sat on the mat.");
    assertThat(counts).isEqualTo(new Readability.Counts(6, 1, 6));
    assertThat(counts.grade()).isCloseTo(-1.45, within(0.005));
    assertThat(counts.isScored()).isFalse();
    assertThat(Readability.score("The cat sat on the mat.")).isEmpty();
  }

  /** The two examples of docs/problems.md. */
  @Test
  void theDocumentedExamplesScoreAsDocumented() {
    Readability.Counts hard = Readability.counts("A corticosteroid medication is administered into the epidural space "
        + "surrounding the irritated lumbar nerve roots, under continuous fluoroscopic guidance, to diminish inflammation.");
    assertThat(hard).isEqualTo(new Readability.Counts(22, 1, 54));
    assertThat(hard.grade()).isCloseTo(21.95, within(0.005));
    Readability.Counts easy = Readability.counts("Medicine is placed near the sore nerve. X-ray pictures help guide the needle.");
    assertThat(easy).isEqualTo(new Readability.Counts(14, 2, 18));
    assertThat(easy.grade()).isCloseTo(2.31, within(0.005));
  }

  @Test
  void aTextOfTenWordsIsScoredAndOneOfNineIsNot() {
    assertThat(Readability.score("One two three four five six seven eight nine.")).isEmpty();
    assertThat(Readability.score("One two three four five six seven eight nine ten.")).isPresent();
  }

  /** The heuristic, not a dictionary: its known misses (wanted, created, boxes, rhythm) are pinned too. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("syllableRows")
  void theSyllableHeuristicCountsEachListedWord(String word, int syllables) {
    assertThat(Readability.syllables(word)).isEqualTo(syllables);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"12, 1", "C2, 1", "L4-L5, 1", "2026, 1", "\u00b2, 1", "\u00e9t\u00e9, 1", "--, 1"})
  void digitsAndShortOrEmptyWordsCountOne(String word, int syllables) {
    assertThat(Readability.syllables(word)).isEqualTo(syllables);
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("countRows")
  void countsAgreeWithTheReferenceCounting(int words, int sentences, int syllables, String text) {
    assertThat(Readability.counts(text)).isEqualTo(new Readability.Counts(words, sentences, syllables));
  }

  static List<Arguments> syllableRows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String[] row : rows("readability/syllables.tsv")) {
      rows.add(Arguments.of(row[0], Integer.parseInt(row[1])));
    }
    return rows;
  }

  static List<Arguments> countRows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String[] row : rows("readability/counts.tsv")) {
      rows.add(Arguments.of(Integer.parseInt(row[0]), Integer.parseInt(row[1]), Integer.parseInt(row[2]),
          jsonString(row[3])));
    }
    assertThat(rows).hasSizeGreaterThan(100);
    return rows;
  }

  private static List<String[]> rows(String resource) throws IOException {
    try (InputStream in = ReadabilityTest.class.getResourceAsStream("/" + resource)) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    }
  }

  private static String jsonString(String json) {
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return parser.getString();
    }
  }
}
