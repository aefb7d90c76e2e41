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
