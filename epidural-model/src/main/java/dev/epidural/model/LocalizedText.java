package dev.epidural.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A resolved text together with the locale that served it, so a caller can tell when a fallback
 * was used. Immutable and thread-safe.
 *
 * @param text the text
 * @param locale the locale the text is written in
 */
public record LocalizedText(String text, Locale locale) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public LocalizedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
  }

  /**
   * A localized text.
   *
   * @param text the text
   * @param locale its locale
   * @return the localized text
   */
  public static LocalizedText of(String text, Locale locale) {
    return new LocalizedText(text, locale);
  }

  /** Returns the text. */
  @Override
  public String toString() {
    return text;
  }
}
