package dev.epidural.content.internal.rules;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The Flesch-Kincaid grade level of an English text (Kincaid, Fishburne, Rogers and Chissom, 1975):
 * {@code 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59}.
 *
 * <p>How the three counts are made is fixed here, because a grade means little without it, and
 * because content is written against exactly these counts:
 * <ul>
 *   <li>a <b>word</b> is a run of letters and digits, with an apostrophe ({@code '} or
 *       {@code U+2019}) allowed between two such runs ({@code don't} is one word; a hyphen splits
 *       {@code X-ray} into two);
 *   <li>a <b>sentence</b> ends at a run of {@code .}, {@code !} or {@code ?}, optionally followed
 *       by closing quotes or brackets, that is followed by white space or the end of the text; text
 *       after the last such end is one more sentence, and every text has at least one;
 *   <li><b>syllables</b> are counted by a heuristic, not a dictionary: a word holding a digit
 *       counts one; otherwise the word is lowercased and all but {@code a}-{@code z} dropped; a
 *       word of three letters or fewer counts one; else one ending {@code -es} or {@code -e} after
 *       a letter other than {@code l} or a vowel, or ending {@code -ed}, loses that ending (and
 *       the letter before {@code es} or {@code e}), a leading {@code y} is dropped, and each run of
 *       one or two vowels ({@code aeiouy}) counts one; never fewer than one.
 * </ul>
 * Texts of fewer than {@value #MIN_WORDS} words are not scored: on a name or a one-line answer the
 * formula says more about the formula than the text. Stateless and thread-safe.
 */
public final class Readability {

  /** The fewest words a text must have to be scored. */
  public static final int MIN_WORDS = 10;

  /** The default highest grade a patient text may read at, as plain-language health guidance asks. */
  public static final double DEFAULT_MAX_GRADE = 8.0;

  // The counts are made by hand, not with regular expressions: validating a bundle scores every
  // patient text, and in a cold JVM matching those expressions was a tenth of a CLI run.
  // ReadabilityExpressionsProperties holds these to the expressions they replace:
  //   word             [\p{L}\p{Nd}\p{Nl}\p{No}]+(?:['\u2019][\p{L}\p{Nd}\p{Nl}\p{No}]+)*
  //   sentence end     [.!?]+["')\]\u201d\u2019]*(?=SPACE|$)
  //   syllable endings (?:[^laeiouy]es|ed|[^laeiouy]e)$, then ^y, then vowel groups [aeiouy]{1,2}
  // where SPACE is every white space character Unicode defines (isSpace).

  private Readability() {}

  /**
   * The counts the grade is made of.
   *
   * @param words the number of words
   * @param sentences the number of sentences, at least one
   * @param syllables the number of syllables of all words
   */
  public record Counts(int words, int sentences, int syllables) {

    /** Whether the text is long enough to be scored. */
    public boolean isScored() {
      return words >= MIN_WORDS;
    }

    /** The Flesch-Kincaid grade level of these counts; {@code words} must be positive. */
    public double grade() {
      return Readability.grade(words, sentences, syllables);
    }
  }

  /**
   * The Flesch-Kincaid grade level of a text with these counts.
   *
   * @param words the number of words, positive
   * @param sentences the number of sentences, positive
   * @param syllables the number of syllables
   * @return the grade
   * @throws IllegalArgumentException if {@code words} or {@code sentences} is not positive
   */
  public static double grade(int words, int sentences, int syllables) {
    if (words <= 0 || sentences <= 0) {
      throw new IllegalArgumentException("words and sentences must be positive: " + words + ", " + sentences);
    }
    return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
  }

  /** The words, sentences and syllables of {@code text}, counted as the class comment says. */
  public static Counts counts(String text) {
    int words = 0;
    int syllables = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isAlnum(cp)) {
        i++;
        continue;
      }
      int start = i;
      i = endOfAlnums(text, i);
      // An apostrophe joins two runs of letters and digits into one word.
      while (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && isAlnum(text.codePointAt(i + 1))) {
        i = endOfAlnums(text, i + 1);
      }
      words++;
      syllables += syllables(text.substring(start, i));
    }
    int sentences = 0;
    int lastEnd = -1;
    i = 0;
    while (i < n) {
      if (!isSentenceMark(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isSentenceMark(text.charAt(end))) {
        end++;
      }
      while (end < n && isCloser(text.charAt(end))) {
        end++;
      }
      if (end == n || isSpace(text.charAt(end))) {
        sentences++;
        lastEnd = end;
        i = end;
      } else {
        i++;
      }
    }
    int stripped = n;
    while (stripped > 0 && isSpace(text.charAt(stripped - 1))) {
      stripped--;
    }
    if (lastEnd < 0 || lastEnd < stripped) {
      sentences++;
    }
    return new Counts(words, Math.max(1, sentences), syllables);
  }

  /** Where the run of letters and digits that starts at {@code i} ends. */
  private static int endOfAlnums(String text, int i) {
    int at = i;
    while (at < text.length()) {
      int cp = text.codePointAt(at);
      if (!isAlnum(cp)) {
        break;
      }
      at += Character.charCount(cp);
    }
    return at;
  }

  /** A letter or digit: Unicode's letters (L), decimal digits (Nd), letter numbers (Nl) and other numbers (No). */
  private static boolean isAlnum(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isSentenceMark(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** A closing quote or bracket that may follow a sentence's end. */
  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
  }

  /** White space as Unicode defines it (not only ASCII). */
  private static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085' || c == '\u00a0'
        || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
        || c == '\u205f' || c == '\u3000';
  }

  /**
   * The grade of {@code text}, or empty when it has fewer than {@value #MIN_WORDS} words.
   *
   * @param text an English text
   * @return the Flesch-Kincaid grade level, if scored
   */
  public static OptionalDouble score(String text) {
    Counts counts = counts(text);
    return counts.isScored() ? OptionalDouble.of(counts.grade()) : OptionalDouble.empty();
  }

  /** The syllables of one word, by the heuristic the class comment describes. */
  public static int syllables(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (isDigit(word.charAt(i))) {
        return 1;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    int len = letters.length();
    if (len <= 3) {
      return 1;
    }
    // A silent ending: -es or -e after a letter other than l or a vowel, or -ed.
    if (letters.charAt(len - 1) == 's' && letters.charAt(len - 2) == 'e' && !isLOrVowel(letters.charAt(len - 3))) {
      len -= 3;
    } else if (letters.charAt(len - 1) == 'd' && letters.charAt(len - 2) == 'e') {
      len -= 2;
    } else if (letters.charAt(len - 1) == 'e' && !isLOrVowel(letters.charAt(len - 2))) {
      len -= 2;
    }
    int from = len > 0 && letters.charAt(0) == 'y' ? 1 : 0;
    int groups = 0;
    for (int i = from; i < len; i++) {
      if (isVowel(letters.charAt(i))) {
        groups++;
        if (i + 1 < len && isVowel(letters.charAt(i + 1))) {
          i++;
        }
      }
    }
    return Math.max(1, groups);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean isLOrVowel(char c) {
    return c == 'l' || isVowel(c);
  }

  /** A decimal digit, or another digit such as a superscript two (what Unicode calls numeric type digit). */
  // getNumericValue is wanted here: only for OTHER_NUMBER characters (superscripts, circled
  // digits), whose value 0-9 is what Python's str.isdigit accepts; letters never reach that test.
  @SuppressWarnings("CharacterGetNumericValue")
  private static boolean isDigit(char ch) {
    if (Character.isDigit(ch)) {
      return true;
    }
    int value = Character.getNumericValue(ch);
    return Character.getType(ch) == Character.OTHER_NUMBER && value >= 0 && value <= 9;
  }
}
