package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.rules.Fingerprint;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The validated translations of a bundle: for each item text, audience and locale, the translated
 * text and the fingerprint of the source text it translates. A translation is served only while
 * that fingerprint matches the text it would replace, so a stale translation is never shown.
 * Immutable and thread-safe.
 */
public final class Translations {

  /** What a translation translates: one text of one item, for one audience (or none), into one locale. */
  public record Key(String id, String field, Optional<Audience> audience, Locale locale) {}

  /** One translation: its text and the fingerprint of the source text it was made from. */
  public record Entry(String text, String sourceFingerprint) {}

  /** How much of the bundle's text one locale covers. */
  public record Counts(int translated, int stale, int total) {}

  private static final Translations NONE = new Translations(Map.of());

  private final Map<Key, Entry> table;
  private final Set<Locale> locales;

  /** A table of translations. */
  public Translations(Map<Key, Entry> table) {
    this.table = Map.copyOf(table);
    if (table.isEmpty()) {
      // The common case (the built-in bundle has none): no stream to bootstrap in a cold start.
      this.locales = Set.of();
      return;
    }
    Set<Locale> sorted = new LinkedHashSet<>();
    table.keySet().stream().map(Key::locale).distinct().sorted(ByTag.ORDER).forEach(sorted::add);
    this.locales = Collections.unmodifiableSet(sorted);
  }

  /** Locales by language tag; made on first use, which a bundle without translations never has. */
  private static final class ByTag {
    static final Comparator<Locale> ORDER = Comparator.comparing(Locale::toLanguageTag);
  }

  /** No translations. */
  public static Translations none() {
    return NONE;
  }

  /** Every translation, as an immutable map. */
  public Map<Key, Entry> entries() {
    return table;
  }

  /** The locales translated into, ordered by language tag. */
  public Set<Locale> locales() {
    return locales;
  }

  /**
   * The translation of {@code sourceText}, the text at {@code field} of item {@code id} for
   * {@code audience}, into exactly {@code locale}; empty when there is none or when it was made
   * from another source text.
   */
  public Optional<String> find(String id, String field, Optional<Audience> audience, Locale locale, String sourceText) {
    Entry e = table.get(new Key(id, field, audience, locale));
    return e != null && e.sourceFingerprint().equals(Fingerprint.of(sourceText)) ? Optional.of(e.text())
        : Optional.empty();
  }

  /**
   * Per locale, how many of the items' texts are translated. Each general text counts once and
   * each audience variant the source has counts once more; a translation of a text that has
   * changed since counts as stale, not translated.
   */
  public Map<Locale, Counts> coverage(List<Item> items) {
    Map<Locale, int[]> counts = new TreeMap<>(ByTag.ORDER);
    locales.forEach(l -> counts.put(l, new int[2]));
    int total = 0;
    for (Item item : items) {
      for (Map.Entry<String, Text> t : TextFields.of(item).entrySet()) {
        total += count(item, t.getKey(), Optional.empty(), t.getValue().text(), counts);
        for (Audience a : Audience.values()) {
          if (t.getValue().hasVariant(a)) {
            total += count(item, t.getKey(), Optional.of(a), t.getValue().forAudience(a), counts);
          }
        }
      }
    }
    Map<Locale, Counts> result = new LinkedHashMap<>();
    for (Map.Entry<Locale, int[]> c : counts.entrySet()) {
      result.put(c.getKey(), new Counts(c.getValue()[0], c.getValue()[1], total));
    }
    return Collections.unmodifiableMap(result);
  }

  private int count(Item item, String field, Optional<Audience> audience, String source, Map<Locale, int[]> counts) {
    String fingerprint = null;
    for (Map.Entry<Locale, int[]> c : counts.entrySet()) {
      Entry e = table.get(new Key(item.id().value(), field, audience, c.getKey()));
      if (e != null) {
        fingerprint = fingerprint != null ? fingerprint : Fingerprint.of(source);
        c.getValue()[e.sourceFingerprint().equals(fingerprint) ? 0 : 1]++;
      }
    }
    return 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Translations t && table.equals(t.table);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table);
  }
}
