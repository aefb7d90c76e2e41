package dev.epidural.content.internal.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readability counting as the regular expressions in {@link Readability}'s comment state it,
 * written with those expressions: the reference {@code ReadabilityProperties} holds the loader's
 * hand-written counting to.
 */
final class RegexReadability {

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

  private RegexReadability() {}

  static Readability.Counts counts(String text) {
    int words = 0;
    int syllables = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words++;
      syllables += syllables(word.group());
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

  static int syllables(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (isDigit(word.charAt(i))) {
        return 1;
      }
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

  @SuppressWarnings("CharacterGetNumericValue") // as in Readability: only for OTHER_NUMBER characters
  private static boolean isDigit(char ch) {
    if (Character.isDigit(ch)) {
      return true;
    }
    int value = Character.getNumericValue(ch);
    return Character.getType(ch) == Character.OTHER_NUMBER && value >= 0 && value <= 9;
  }
}
