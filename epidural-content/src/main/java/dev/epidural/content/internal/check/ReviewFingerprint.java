package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.rules.Fingerprint;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.ReviewedItem;
import dev.epidural.model.Text;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The fingerprint of exactly what a clinical review saw: {@code sha256:} and the lowercase hex
 * SHA-256 of the item's canonical form, a JSON text written as {@code docs/bundle-format.md}
 * ("Review fingerprints") describes, so that another tool can compute the same. It depends on
 * the values only, never on how the files are formatted: key order and whitespace do not change
 * it; any text, audience variant, translation, citation or the locale does. Thread-safe.
 */
public final class ReviewFingerprint {

  /** The version of the canonical form, written into it. */
  static final int VERSION = 1;

  private ReviewFingerprint() {}

  /**
   * The fingerprint of {@code item} in a bundle written in {@code locale}, with its translations.
   *
   * @param translations every translation of the item's texts (those of other items are ignored)
   */
  public static String of(Item item, Locale locale, Map<Translations.Key, Translations.Entry> translations) {
    return ReviewedItem.ALGORITHM_PREFIX + Fingerprint.of(canonical(item, locale, translations));
  }

  /** The canonical form: JSON with keys in code-unit order, no whitespace, minimal escapes. */
  public static String canonical(Item item, Locale locale, Map<Translations.Key, Translations.Entry> translations) {
    String id = item.id().value();
    StringBuilder out = new StringBuilder("{\"id\":");
    string(out, id);
    out.append(",\"item\":");
    value(out, item, true);
    out.append(",\"kind\":");
    string(out, Kind.of(item.getClass()).property());
    out.append(",\"locale\":");
    string(out, locale.toLanguageTag());
    out.append(",\"translations\":");
    Map<String, Map<String, Map<String, String>>> byLocale = new TreeMap<>();
    translations.forEach((key, entry) -> {
      if (key.id().equals(id)) {
        byLocale.computeIfAbsent(key.locale().toLanguageTag(), k -> new TreeMap<>())
            .computeIfAbsent(key.field(), k -> new TreeMap<>())
            .put(variant(key.audience()), entry.text());
      }
    });
    // Locale, then field, then variant: three levels of objects, strings at the bottom.
    object(out, byLocale, (o, fields) ->
        object(o, fields, (f, variants) -> object(f, variants, ReviewFingerprint::string)));
    return out.append(",\"v\":").append(VERSION).append('}').toString();
  }

  /**
   * Any value of an item: a record as an object of its components in name order (without the
   * item's {@code review}, and without absent optional values), a text as an object of its
   * variants, lists and sets as arrays in their order, codes, ids, dates and strings as strings.
   */
  private static void value(StringBuilder out, Object v, boolean top) {
    if (v instanceof dev.epidural.model.Id<?> i) {
      string(out, i.value());
    } else if (v instanceof Text t) {
      out.append("{");
      if (t.clinician().isPresent()) {
        out.append("\"clinician\":");
        string(out, t.clinician().get());
        out.append(',');
      }
      if (t.patient().isPresent()) {
        out.append("\"patient\":");
        string(out, t.patient().get());
        out.append(',');
      }
      out.append("\"text\":");
      string(out, t.text());
      out.append('}');
    } else if (v instanceof Record r) {
      Map<String, Object> components = new TreeMap<>();
      for (Component component : RecordType.of(r.getClass()).components()) {
        if (top && component.name().equals("review")) {
          continue;
        }
        Object c = component.get(r);
        if (!(c instanceof Optional<?> o && o.isEmpty())) {
          components.put(component.name(), c instanceof Optional<?> o ? o.get() : c);
        }
      }
      object(out, components, (o, c) -> value(o, c, false));
    } else if (v instanceof java.util.Collection<?> c) {
      out.append('[');
      boolean first = true;
      for (Object e : c) {
        out.append(first ? "" : ",");
        first = false;
        value(out, e, false);
      }
      out.append(']');
    } else if (v instanceof dev.epidural.model.Coded coded) {
      string(out, coded.code());
    } else if (v instanceof Double d) {
      out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d));
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else {
      // Strings and dates (ISO 8601).
      string(out, v.toString());
    }
  }

  private static String variant(Optional<Audience> audience) {
    return audience.map(Audience::code).orElse("text");
  }

  /**
   * {@code map} as a JSON object, keys in its order (a {@link TreeMap}'s: code-unit order), each value
   * written by {@code value}.
   */
  private static <V> void object(StringBuilder out, Map<String, V> map, BiConsumer<StringBuilder, V> value) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, V> e : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      string(out, e.getKey());
      out.append(':');
      value.accept(out, e.getValue());
    }
    out.append('}');
  }

  /** A JSON string as RFC 8785 writes it: short escapes where JSON has them, {@code \\u00xx} for other controls. */
  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

}
