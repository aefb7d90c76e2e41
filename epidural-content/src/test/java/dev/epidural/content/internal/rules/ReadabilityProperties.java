package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the readability counting must keep on any text, not only on the examples. */
class ReadabilityProperties {

  /** Sentences of plain words, each ended by a full stop, question or exclamation mark. */
  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(20)
        .map(words -> String.join(" ", words))
        .flatMap(s -> Arbitraries.of(".", "!", "?", "...", ".\u201d").map(end -> s + end));
    return sentence.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join(" ", list));
  }

  /** Joining two texts adds up their words, sentences and syllables: counting is local. */
  @Property(tries = 300)
  void countsAddUpOverJoinedTexts(@ForAll("sentences") String a, @ForAll("sentences") String b) {
    Readability.Counts one = Readability.counts(a);
    Readability.Counts two = Readability.counts(b);
    assertThat(Readability.counts(a + " " + b))
        .isEqualTo(new Readability.Counts(one.words() + two.words(), one.sentences() + two.sentences(),
            one.syllables() + two.syllables()));
  }

  /** Which white space separates words and sentences, and how much, changes no count. */
  @Property(tries = 300)
  void anyWhiteSpaceCountsTheSame(@ForAll("sentences") String text,
                                  @ForAll("spaces") String space) {
    assertThat(Readability.counts(text.replace(" ", space))).isEqualTo(Readability.counts(text));
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of(" ", "  ", "\n", "\t", "\u00a0", "\u2009", " \n ");
  }

  /** Every word has at least one syllable and no more than its letters. */
  @Property(tries = 1000)
  void aWordHasBetweenOneSyllableAndOnePerLetter(@ForAll("words") String word) {
    int letters = (int) word.chars().filter(Character::isLetter).count();
    assertThat(Readability.syllables(word)).isBetween(1, Math.max(1, letters));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("aeiouybcdfghlmnprstxzAEIOUY'").ofMinLength(1).ofMaxLength(20);
  }

  /** The hand-written counting gives what the expressions it follows give ({@link RegexReadability}). */
  @Property(tries = 3000)
  void countsAgreeWithTheExpressions(@ForAll("anyTexts") String text) {
    assertThat(Readability.counts(text)).isEqualTo(RegexReadability.counts(text));
  }

  @Property(tries = 3000)
  void syllablesAgreeWithTheExpressions(@ForAll("anyTexts") String word) {
    assertThat(Readability.syllables(word)).isEqualTo(RegexReadability.syllables(word));
  }

  @Property(tries = 1000)
  void syllablesOfPlainWordsAgreeWithTheExpressions(@ForAll("words") String word) {
    assertThat(Readability.syllables(word)).isEqualTo(RegexReadability.syllables(word));
  }

  /**
   * Texts from the characters every rule turns on: letters of each case and some beyond ASCII
   * (a letter outside the BMP, a Kelvin sign and a capital I with dot that lowercase into a-z,
   * a sharp s that does not), digits of each kind, apostrophes, sentence marks and closers, every
   * kind of white space and line end, emoji, lone surrogates and other punctuation.
   */
  @Provide
  Arbitrary<String> anyTexts() {
    Arbitrary<String> piece = Arbitraries.of("a", "e", "i", "o", "u", "y", "Y", "l", "s", "d", "b", "t", "x", "E", "S",
        "D", "es", "ed", "le", "the", "ye", "yes", "boxes", "rhythm", "created", "A", "\u00e9", "\u00df", "\u0130",
        "\u212a", "\ud835\udc00", "\u0661", "\u2160", "\u00b2", "\u02b0", "\u01c5", "0", "7", "'", "\u2019", ".", "!",
        "?", "...", "\"", ")", "]", "\u201d", ",", "-", ";", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c",
        "\u001c", "\u0085", "\u00a0", "\u1680", "\u2003", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f",
        "\u3000", "\ud83d\ude00", "\ud800", "\udc00", "_", "\u0301");
    return piece.list().ofMaxSize(30).map(list -> String.join("", list));
  }

  /** Splitting a sentence in two can only lower the grade: the syllables stay, the sentences get shorter. */
  @Property(tries = 300)
  void shorterSentencesNeverRaiseTheGrade(@ForAll("sentences") String text) {
    List<String> words = List.of(text.replaceAll("[.!?\u201d]", "").split(" "));
    if (words.size() < 2) {
      return;
    }
    int half = words.size() / 2;
    String one = String.join(" ", words) + ".";
    String two = String.join(" ", words.subList(0, half)) + ". " + String.join(" ", words.subList(half, words.size())) + ".";
    assertThat(Readability.counts(two).grade()).isLessThanOrEqualTo(Readability.counts(one).grade());
  }
}
