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

  /*
   * The counting is done by hand, with no regular expression: it runs on every patient text of
   * every load, and the matchers it allocated for each word were a large part of a load's garbage.
   * These expressions are its definition, and ReadabilityProperties holds the counting to them on
   * generated texts (U+XXXX stands for that character):
   *
   *   ALNUM           [\p{L}\p{Nd}\p{Nl}\p{No}], letters and digits as [^\W_] means on Unicode text
   *   SPACE           [\t\n\x0B\f\r\x1C-\x1F \x85\xA0 U+1680 U+2000-U+200A U+2028 U+2029 U+202F U+205F U+3000]
   *   WORD            ALNUM+(?:['U+2019]ALNUM+)*
   *   SENTENCE_END    [.!?]+["')\]U+201D U+2019]*(?=SPACE|$)
   *   TRAILING_SPACE  SPACE+$
   *   syllables, on the word lowercased (Locale.ROOT) less every character but a-z: remove
   *                   (?:[^laeiouy]es|ed|[^laeiouy]e)$, then ^y, then count the matches of [aeiouy]{1,2}
   */

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
    int n = text.length();
    int words = 0;
    int syllables = 0;
    char[] buffer = new char[32];
    // WORD, found left to right: a run of ALNUM, then as long as an apostrophe is followed by ALNUM,
    // the apostrophe and that run. A low surrogate is never ALNUM, so stepping by code point is
    // stepping as the matcher does.
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isAlnum(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = alnumRun(text, i);
      while (i + 1 < n && isApostrophe(text.charAt(i)) && isAlnum(text.codePointAt(i + 1))) {
        i = alnumRun(text, i + 1);
      }
      words++;
      if (buffer.length < i - start) {
        buffer = new char[Math.max(i - start, buffer.length * 2)];
      }
      syllables += syllables(text, start, i, buffer);
    }
    // SENTENCE_END: a run of . ! ? and then of closers matches only if white space or the end
    // follows; a match starting later in the same run would end at the same place, so none does.
    int sentences = 0;
    int lastEnd = -1;
    i = 0;
    while (i < n) {
      if (!isSentenceMark(text.charAt(i))) {
        i++;
        continue;
      }
      while (i < n && isSentenceMark(text.charAt(i))) {
        i++;
      }
      while (i < n && isCloser(text.charAt(i))) {
        i++;
      }
      if (i == n || isSpace(text.charAt(i))) {
        sentences++;
        lastEnd = i;
      }
    }
    // TRAILING_SPACE: every line terminator is in SPACE, so "$" before a final one changes nothing.
    int stripped = n;
    while (stripped > 0 && isSpace(text.charAt(stripped - 1))) {
      stripped--;
    }
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
    return syllables(word, 0, word.length(), new char[word.length()]);
  }

  /**
   * The syllables of the word {@code text[start, end)}, by the heuristic the class comment
   * describes; {@code buffer} holds at least {@code end - start} characters and is written over.
   */
  private static int syllables(String text, int start, int end, char[] buffer) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (isDigit(ch)) {
        return 1;
      }
      ascii &= ch < 0x80;
    }
    // The word lowercased, less every character but a-z.
    int n = 0;
    if (ascii) {
      for (int i = start; i < end; i++) {
        char ch = text.charAt(i);
        char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
        if (lower >= 'a' && lower <= 'z') {
          buffer[n++] = lower;
        }
      }
    } else {
      // Lowercasing may change the length (U+0130 becomes two characters), never beyond a-z's reach.
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      for (int i = 0; i < lower.length(); i++) {
        char ch = lower.charAt(i);
        if (ch >= 'a' && ch <= 'z') {
          if (n == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, n * 2 + 1);
          }
          buffer[n++] = ch;
        }
      }
    }
    if (n <= 3) {
      return 1;
    }
    // (?:[^laeiouy]es|ed|[^laeiouy]e)$: the leftmost match ends the word, so the three-letter form first.
    if (buffer[n - 2] == 'e' && buffer[n - 1] == 's' && !isLaeiouy(buffer[n - 3])) {
      n -= 3;
    } else if (buffer[n - 2] == 'e' && buffer[n - 1] == 'd') {
      n -= 2;
    } else if (buffer[n - 1] == 'e' && !isLaeiouy(buffer[n - 2])) {
      n -= 2;
    }
    int from = n > 0 && buffer[0] == 'y' ? 1 : 0;
    // [aeiouy]{1,2}, found left to right.
    int groups = 0;
    for (int i = from; i < n; i++) {
      if (isVowel(buffer[i])) {
        groups++;
        if (i + 1 < n && isVowel(buffer[i + 1])) {
          i++;
        }
      }
    }
    return Math.max(1, groups);
  }

  /** {@code ALNUM}: a letter or a digit, decimal, letter-like or other, as the expression's classes read code points. */
  private static boolean isAlnum(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** The end of the run of {@code ALNUM} code points starting at {@code i}. */
  private static int alnumRun(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isAlnum(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isApostrophe(char ch) {
    return ch == '\'' || ch == '\u2019';
  }

  private static boolean isSentenceMark(char ch) {
    return ch == '.' || ch == '!' || ch == '?';
  }

  private static boolean isCloser(char ch) {
    return ch == '"' || ch == '\'' || ch == ')' || ch == ']' || ch == '\u201d' || ch == '\u2019';
  }

  /** {@code SPACE}: white space as Unicode defines it. */
  private static boolean isSpace(char ch) {
    if (ch <= ' ') {
      return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1C && ch <= 0x1F);
    }
    return ch == 0x85 || ch == 0xA0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200A) || ch == 0x2028
        || ch == 0x2029 || ch == 0x202F || ch == 0x205F || ch == 0x3000;
  }

  private static boolean isVowel(char ch) {
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' || ch == 'y';
  }

  private static boolean isLaeiouy(char ch) {
    return ch == 'l' || isVowel(ch);
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
