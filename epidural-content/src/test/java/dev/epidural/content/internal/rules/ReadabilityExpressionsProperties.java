package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Readability} counts by hand what it once counted with regular expressions; it counts the
 * same as those did on any text. The expressions are kept here as the reference.
 */
class ReadabilityExpressionsProperties {

  private static final String ALNUM = "[\\p{L}\\p{Nd}\\p{Nl}\\p{No}]";
  private static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029"
      + "\\u202F\\u205F\\u3000]";
  private static final Pattern WORD = Pattern.compile(ALNUM + "+(?:['\u2019]" + ALNUM + "+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"')\\]\u201d\u2019]*(?=" + SPACE + "|$)");
  private static final Pattern TRAILING_SPACE = Pattern.compile(SPACE + "+$");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");
  private static final Pattern LEADING_Y = Pattern.compile("^y");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]{1,2}");

  /** The counts as the expressions made them. */
  private static Readability.Counts byExpressions(String text) {
    int words = 0;
    int syllables = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words++;
      syllables += syllablesByExpressions(word.group());
    }
    int sentences = 0;
    int lastEnd = -1;
    Matcher end = SENTENCE_END.matcher(text);
    while (end.find()) {
      sentences++;
      lastEnd = end.end();
    }
    int stripped = TRAILING_SPACE.matcher(text).replaceFirst("").length();
    if (lastEnd < 0 || lastEnd < stripped) {
      sentences++;
    }
    return new Readability.Counts(words, Math.max(1, sentences), syllables);
  }

  private static int syllablesByExpressions(String word) {
    if (word.chars().anyMatch(c -> Character.isDigit(c)
        || (Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
            && Character.getNumericValue(c) <= 9))) {
      return 1;
    }
    String w = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    if (w.length() <= 3) {
      return 1;
    }
    w = SILENT_ENDING.matcher(w).replaceAll("");
    w = LEADING_Y.matcher(w).replaceAll("");
    int groups = 0;
    Matcher vowels = VOWELS.matcher(w);
    while (vowels.find()) {
      groups++;
    }
    return Math.max(1, groups);
  }

  /** Texts made of what the expressions tell apart: letters, digits, marks, closers, spaces, surrogates. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aeiouylsdxqAYZ09\u00b2\u00e9\u0130\u01c5'\u2019.!?\")]\u201d \t\n\r"
        + "\u000b\u001c\u0085\u00a0\u2009\u2028\u3000-_,\ud835\udc00\ud83d\ude00\ud800").ofMaxLength(40);
  }

  @Property(tries = 5000)
  void countsAsTheExpressionsDid(@ForAll("texts") String text) {
    assertThat(Readability.counts(text)).isEqualTo(byExpressions(text));
  }

  @Property(tries = 1000)
  void countsAsTheExpressionsDidOnAnyString(@ForAll String text) {
    assertThat(Readability.counts(text)).isEqualTo(byExpressions(text));
  }

  /** Words of the letters the syllable rules look at. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("aeiouylsdbcrtYESDL").ofMinLength(1).ofMaxLength(12);
  }

  @Property(tries = 5000)
  void countsSyllablesAsTheExpressionsDid(@ForAll("words") String word) {
    assertThat(Readability.syllables(word)).isEqualTo(syllablesByExpressions(word));
  }
}
