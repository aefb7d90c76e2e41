package dev.epidural.content;

import java.util.Locale;
import java.util.Objects;

/**
 * How much of a bundle's text one locale's translations cover. Every general text of every item
 * counts once, and every audience variant the text has counts once more. A translation made from a
 * text that has since changed is stale: it is counted apart and never shown. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * content.translationCoverage().values().forEach(c ->
 *     System.out.printf("%s: %d of %d texts (%d stale)%n",
 *         c.locale().toLanguageTag(), c.translated(), c.total(), c.stale()));
 * }</pre>
 *
 * @param locale the locale translated into
 * @param translated how many texts have a current translation into it
 * @param stale how many texts have only a translation of an earlier version of the text
 * @param total how many texts the bundle has
 */
public record TranslationCoverage(Locale locale, int translated, int stale, int total) {

  /**
   * Checks the counts.
   *
   * @throws NullPointerException if {@code locale} is null
   * @throws IllegalArgumentException if a count is negative or {@code translated + stale > total}
   */
  public TranslationCoverage {
    Objects.requireNonNull(locale, "locale");
    if (translated < 0 || stale < 0 || (long) translated + stale > total) {
      throw new IllegalArgumentException("counts translated=" + translated + ", stale=" + stale + ", total=" + total
          + " must be non-negative with translated + stale <= total");
    }
  }

  /**
   * How many texts have no current translation: not translated, or stale.
   *
   * @return {@code total - translated}
   */
  public int missing() {
    return total - translated;
  }

  /**
   * The share of texts with a current translation.
   *
   * @return {@code translated / total}, from 0 to 1; 1 when there is no text to translate
   */
  public double ratio() {
    return total == 0 ? 1.0 : (double) translated / total;
  }
}
