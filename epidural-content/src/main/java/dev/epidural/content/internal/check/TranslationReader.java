package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.bind.TranslationEntry;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.problem.Suggestions;
import dev.epidural.content.internal.rules.Fingerprint;
import dev.epidural.content.internal.rules.ShapeCheck;
import dev.epidural.content.internal.rules.TextRules;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates translation files: {@code {"locale": "es", "translations": [...]}}. First
 * each file on its own (shape, locale, text safety), then, once every item is known, each entry
 * against the item it translates (known id, a text at that field, no duplicate, not stale).
 */
public final class TranslationReader {

  /** The properties a translation file may have. */
  private static final List<String> PROPERTIES = List.of("locale", "translations");

  /** Checks the shape of a bound record, reporting violations; true when it has none. */
  @FunctionalInterface
  public interface ShapeCheck {
    /** Validates {@code record}, read at {@code pointer} of {@code file}. */
    boolean check(Object record, String file, String pointer, Node root);
  }

  /** One translation file as read: its layer, its name in reports, its tree, locale and entries. */
  public record File(int layer, String name, Node root, Locale locale, List<Bound> entries) {}

  /** One entry that passed the shape checks, with its pointer. */
  public record Bound(TranslationEntry entry, String pointer) {}

  private record Seen(int layer, String where) {}

  private TranslationReader() {}

  /**
   * Reads one translation file of the bundle layer {@code layer}, whose texts are in
   * {@code bundleLocale}; empty when its locale is unusable (the problems say why).
   */
  public static Optional<File> read(int layer, String name, Node root, Locale bundleLocale, ShapeCheck shape,
                                    Problems problems) {
    Node.Obj obj = (Node.Obj) root;
    for (Node.Member m : obj.members()) {
      if (!PROPERTIES.contains(m.name())) {
        problems.add(ProblemCode.SHAPE_UNKNOWN, "unknown property '" + Messages.clip(m.name()) + "'; "
            + Suggestions.forValue(m.name(), PROPERTIES, "allowed: "), name, Pointers.child("", m.name()), m.line(), m.column());
      }
    }
    Binder binder = new Binder(problems, name, Map.of());
    Node.Member localeMember = obj.get("locale");
    if (localeMember == null) {
      problems.add(ProblemCode.SHAPE_MISSING, "missing required property 'locale'", name, "", obj);
      return Optional.empty();
    }
    Optional<String> tag = binder.bind(localeMember.value(), String.class, "/locale");
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.get()).build();
    } catch (IllformedLocaleException e) {
      Located.add(problems, ProblemCode.L10N_LOCALE, "locale '" + Messages.clip(tag.get())
          + "' is not a well-formed BCP 47 language tag, such as 'es' or 'es-MX'", name, root, "/locale");
      return Optional.empty();
    }
    if (locale.equals(bundleLocale)) {
      Located.add(problems, ProblemCode.L10N_SAME_LOCALE, "locale '" + tag.get() + "' is the bundle's own locale; "
          + "texts in it belong in the content files, not in a translation", name, root, "/locale");
      return Optional.empty();
    }
    List<Bound> entries = new ArrayList<>();
    Node.Member list = obj.get("translations");
    if (list != null && !(list.value() instanceof Node.Arr)) {
      problems.add(ProblemCode.SHAPE_TYPE, "expected an array of translations, found " + list.value().typeName(),
          name, "/translations", list.value());
    } else if (list != null) {
      List<Node> elements = ((Node.Arr) list.value()).elements();
      for (int i = 0; i < elements.size(); i++) {
        String pointer = Pointers.child("/translations", i);
        binder.bind(elements.get(i), TranslationEntry.class, pointer).ifPresent(entry -> {
          if (shape.check(entry, name, pointer, root)) {
            boolean safe = TextRules.check(entry.text()).map(b -> {
              Located.add(problems, b.code(), b.message(), name, root, pointer + "/text");
              return false;
            }).orElse(true);
            if (safe) {
              entries.add(new Bound(entry, pointer));
            }
          }
        });
      }
    }
    return Optional.of(new File(layer, name, root, locale, List.copyOf(entries)));
  }

  /**
   * Checks every entry against the items it translates and builds the table. Files come in layer
   * order: within a layer an entry may be given once; a later layer's entry replaces an earlier
   * layer's entry for the same text. Translations of an item an overlay withdrew go with it.
   */
  public static Translations check(List<File> files, Map<String, Item> byId, Set<String> withdrawn,
                                   Problems problems) {
    Map<Translations.Key, Translations.Entry> table = new LinkedHashMap<>();
    Map<Translations.Key, Seen> seen = new HashMap<>();
    Map<String, Map<String, Text>> textsById = new HashMap<>();
    for (File file : files) {
      for (Bound bound : file.entries()) {
        TranslationEntry entry = bound.entry();
        String id = entry.id().value();
        Item item = byId.get(id);
        if (item == null && withdrawn.contains(id)) {
          continue;
        }
        if (item == null) {
          Located.add(problems, ProblemCode.L10N_UNKNOWN_ID, "'" + id + "' names no item in the bundle", file.name(),
              file.root(), bound.pointer() + "/id");
          continue;
        }
        Map<String, Text> texts = textsById.computeIfAbsent(id, k -> TextFields.of(item));
        Text source = texts.get(entry.field());
        if (source == null) {
          Located.add(problems, ProblemCode.L10N_FIELD, "'" + Messages.clip(entry.field()) + "' names no text of "
              + Kind.of(item.getClass()).property() + " item '" + id + "'; its texts are " + texts.keySet(),
              file.name(), file.root(), bound.pointer() + "/field");
          continue;
        }
        Translations.Key key = new Translations.Key(id, entry.field(), entry.audience(), file.locale());
        String here = Located.where(file.name(), file.root(), bound.pointer());
        Seen first = seen.get(key);
        if (first != null && first.layer() == file.layer()) {
          Located.add(problems, ProblemCode.L10N_DUPLICATE, "'" + id + "' " + entry.field()
              + entry.audience().map(a -> " (" + a.code() + ")").orElse("") + " is already translated into '"
              + file.locale().toLanguageTag() + "' at " + first.where(), file.name(), file.root(), bound.pointer());
          continue;
        }
        seen.put(key, new Seen(file.layer(), here));
        String sourceText = entry.audience().map(source::forAudience).orElse(source.text());
        String fingerprint = Fingerprint.of(sourceText);
        if (!fingerprint.equals(entry.sourceFingerprint())) {
          Located.add(problems, ProblemCode.L10N_STALE, "translation is stale: source text changed since it was "
              + "translated; translate the current text of '" + id + "' " + entry.field()
              + entry.audience().map(Audience::code).map(c -> " (" + c + ")").orElse("")
              + " and give its fingerprint " + fingerprint, file.name(), file.root(), bound.pointer() + "/sourceFingerprint");
        }
        table.put(key, new Translations.Entry(entry.text(), entry.sourceFingerprint()));
      }
    }
    return new Translations(table);
  }
}
