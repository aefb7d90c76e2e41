package dev.epidural.content.internal.rules;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Letters and digits, as {@code [^\W_]} means on Unicode text. */
  private static final String ALNUM = "[\\p{L}\\p{Nd}\\p{Nl}\\p{No}]";
  /** White space as Unicode defines it (not only ASCII). */
  private static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029"
      + "\\u202F\\u205F\\u3000]";
  private static final Pattern WORD = Pattern.compile(ALNUM + "+(?:['\u2019]" + ALNUM + "+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"')\\]\u201d\u2019]*(?=" + SPACE + "|$)");
  private static final Pattern TRAILING_SPACE = Pattern.compile(SPACE + "+$");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");
  private static final Pattern LEADING_Y = Pattern.compile("^y");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]{1,2}");

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
    return new Counts(words, Math.max(1, sentences), syllables);
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
