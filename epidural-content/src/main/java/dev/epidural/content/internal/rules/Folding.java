package dev.epidural.content.internal.rules;

import dev.epidural.content.internal.problem.Messages;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for plain-text search: case- and accent-insensitive. A text is lowercased with the
 * root locale, decomposed (NFD) and stripped of its combining marks, so {@code "Épidurale"} and
 * {@code "epidurale"} fold to the same string. Stateless and thread-safe.
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Folding() {}

  /**
   * The folded form of {@code text}. Lowercasing comes first because some uppercase letters
   * lowercase to a letter and a combining mark (U+0130 becomes {@code i} and U+0307).
   */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * The folded words of a search query, split at anything that is not a letter or a digit.
   *
   * @throws IllegalArgumentException if the query holds no letter or digit
   */
  public static List<String> terms(String query) {
    List<String> terms = Arrays.stream(NOT_WORD.split(fold(query))).filter(t -> !t.isEmpty()).distinct().toList();
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("search text '" + Messages.clip(query) + "' has no letter or digit to search for");
    }
    return terms;
  }

  /**
   * A keyword in the form factors are written in: folded, with every run of other characters
   * turned into one hyphen ({@code "Anticoagulant use"} becomes {@code "anticoagulant-use"}).
   *
   * @throws IllegalArgumentException if the keyword holds no letter or digit
   */
  public static String keyword(String keyword) {
    return String.join("-", terms(keyword));
  }
}
