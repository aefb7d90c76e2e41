package dev.epidural.content.internal.check;

import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The readability rule of the text stage: a patient text that reads above the grade limit is
 * warned about ({@code EPI-TEXT-009}), scored by {@link Readability}. Only patient variants are
 * scored, and only in English (language {@code en}): the formula is made for English. Patient
 * texts in other languages are counted, and {@link #notice} says once that they were not scored
 * ({@code EPI-TEXT-010}, severity info, so that strict mode never fails on it). Thread-safe: items
 * may be checked in parallel.
 */
public final class ReadabilityRule {

  private final double maxGrade;
  private final Problems problems;
  private final Set<String> unscored = java.util.Collections.synchronizedSet(new TreeSet<>());
  /** Where the notice is placed: the first place a language that is not scored was met. */
  private volatile LocalePlace firstUnscored;

  /**
   * A rule reporting into {@code problems}.
   *
   * @param maxGrade the highest grade allowed; {@link Double#POSITIVE_INFINITY} makes the rule a no-op
   */
  public ReadabilityRule(double maxGrade, Problems problems) {
    this.maxGrade = maxGrade;
    this.problems = problems;
  }

  /** Whether the rule checks anything at all. */
  public boolean isOn() {
    return maxGrade != Double.POSITIVE_INFINITY;
  }

  /** Whether texts in {@code locale} are scored. */
  static boolean scores(Locale locale) {
    return locale.getLanguage().equals("en");
  }

  /**
   * Scores every patient variant of {@code item}, written in {@code locale}.
   *
   * @param file the item's file, as reports name it
   * @param root the located tree of that file, parsed only if a problem must be placed in it
   * @param pointer the item's pointer, made only when a problem is placed
   * @param localePlace where the language was declared (the manifest and its {@code /locale}), for the notice
   */
  public void item(Item item, Locale locale, String file, Supplier<Node> root, Supplier<String> pointer,
                   LocalePlace localePlace) {
    if (!isOn()) {
      return;
    }
    // Pointers are built only for a problem: a valid load scores every patient text and places none.
    TextFields.forEach(item, (path, text) -> {
      if (text.hasVariant(Audience.PATIENT)) {
        score(text.forAudience(Audience.PATIENT), locale, file, root, () -> pointer.get() + "/" + path + "/patient",
            localePlace);
      }
    });
  }

  /** Where a locale was declared: a manifest or a translation file, and the pointer of its {@code locale}. */
  public record LocalePlace(String file, Supplier<Node> root, String pointer) {}

  /**
   * Scores one patient text written in {@code locale}, or notes its language as not scored.
   *
   * @param pointer the JSON pointer of the text itself
   */
  public void text(String text, Locale locale, String file, Supplier<Node> root, String pointer, LocalePlace localePlace) {
    if (!isOn()) {
      return;
    }
    score(text, locale, file, root, () -> pointer, localePlace);
  }

  private void score(String text, Locale locale, String file, Supplier<Node> root, Supplier<String> pointerOf,
                     LocalePlace localePlace) {
    if (!scores(locale)) {
      if (unscored.add(locale.toLanguageTag()) && firstUnscored == null) {
        synchronized (this) {
          if (firstUnscored == null) {
            firstUnscored = localePlace;
          }
        }
      }
      return;
    }
    OptionalDouble grade = Readability.score(text);
    if (grade.isPresent() && grade.getAsDouble() > maxGrade) {
      String pointer = pointerOf.get();
      Located.add(problems, ProblemCode.TEXT_READABILITY, String.format(Locale.ROOT,
          "patient text reads at Flesch-Kincaid grade %.1f, above the limit of %.1f, at %s; use shorter sentences "
              + "and shorter words", grade.getAsDouble(), maxGrade, pointer), file, root.get(), pointer);
    }
  }

  /** Says once which languages had patient texts that were not scored; call after every text was seen. */
  public void notice() {
    if (firstUnscored == null) {
      return;
    }
    String languages = String.join(", ", unscored);
    Located.add(problems, ProblemCode.TEXT_READABILITY_UNSCORED, "patient texts in " + languages
        + " were not scored for readability: the Flesch-Kincaid grade level is a formula for English",
        firstUnscored.file(), firstUnscored.root().get(), firstUnscored.pointer());
  }
}
