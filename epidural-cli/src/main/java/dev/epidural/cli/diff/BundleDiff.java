package dev.epidural.cli.diff;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two valid bundles, item by item (keyed by kind and id), and for the
 * manifest's sources, which are shown as the kind {@code sources}. Changed items list the changed
 * fields, compared component by component: nested records down to their own components, lists of
 * records element by element when their length is unchanged. For {@link Text} fields, the change
 * names the variants that differ: {@code text} (the general text), {@code patient},
 * {@code clinician}.
 *
 * @param oldBundle the old bundle's manifest information
 * @param newBundle the new bundle's manifest information
 * @param added items only in the new bundle
 * @param removed items only in the old bundle
 * @param changed items in both that differ
 */
public record BundleDiff(BundleInfo oldBundle, BundleInfo newBundle, List<Entry> added, List<Entry> removed,
                         List<Change> changed) {

  /** The kind name the manifest's sources are shown under. */
  public static final String SOURCES = "sources";

  /**
   * An item added or removed.
   *
   * @param kind the kind's property name, such as {@code procedures}, or {@code sources}
   * @param id the item's id
   */
  public record Entry(String kind, String id) {}

  /**
   * An item whose fields changed.
   *
   * @param kind the kind's property name
   * @param id the item's id
   * @param fields what changed, in component order
   * @param invalidatedApproval the approval that backed the item's clinical review in the old bundle
   *     and no longer matches it in the new one: the item needs a new review
   */
  public record Change(String kind, String id, List<FieldChange> fields,
                       Optional<dev.epidural.model.SignOff> invalidatedApproval) {

    /** A change that invalidates no approval. */
    public Change(String kind, String id, List<FieldChange> fields) {
      this(kind, id, fields, Optional.empty());
    }

    /** "approved by NAME (ROLE) on DATE", for the approval this change invalidates. */
    public Optional<String> needsReview() {
      return invalidatedApproval.map(s -> "needs a new review: the approval by " + s.reviewer() + " on " + s.date()
          + " (sign-off '" + s.id() + "') no longer matches");
    }
  }

  /**
   * One changed field.
   *
   * @param field the field's path: component names joined by {@code .}, list elements as {@code [i]}
   * @param variants for a {@link Text} field, the variants that differ; empty otherwise
   * @param oldValue the old value, empty if the property was absent
   * @param newValue the new value, empty if the property is absent
   */
  public record FieldChange(String field, List<String> variants, Optional<Object> oldValue,
                            Optional<Object> newValue) {}

  /** Whether the bundles hold the same items and sources. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * Compares two loaded bundles.
   *
   * @param oldContent the old bundle
   * @param newContent the new bundle
   * @return the differences, ordered by kind (sources first, then the kinds in format order) and id
   */
  public static BundleDiff of(EpiduralContent oldContent, EpiduralContent newContent) {
    return diff(oldContent, newContent);
  }

  /** The approval of item {@code id} in the old content that the new content no longer matches. */
  private static Optional<dev.epidural.model.SignOff> invalidated(EpiduralContent oldContent,
                                                                EpiduralContent newContent, String id) {
    Optional<dev.epidural.model.SignOff> was = oldContent.item(id).flatMap(oldContent::approval);
    if (was.isEmpty()) {
      return Optional.empty();
    }
    Optional<dev.epidural.model.Item> now = newContent.item(id);
    // Invalidated unless the new bundle's fingerprint is still the one the old approval recorded.
    boolean stillMatches = now.isPresent() && was.get().fingerprintOf(now.get().id())
        .equals(Optional.of(newContent.reviewFingerprint(now.get())));
    return stillMatches ? Optional.empty() : was;
  }

  private static BundleDiff diff(EpiduralContent oldContent, EpiduralContent newContent) {
    Map<Key, Record> before = index(oldContent);
    Map<Key, Record> after = index(newContent);
    List<Entry> added = new ArrayList<>();
    List<Entry> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Map.Entry<Key, Record> e : before.entrySet()) {
      Record now = after.get(e.getKey());
      if (now == null) {
        removed.add(e.getKey().entry());
      } else if (!now.equals(e.getValue())) {
        List<FieldChange> fields = new ArrayList<>();
        compareRecords("", e.getValue(), now, fields);
        changed.add(new Change(e.getKey().kind(), e.getKey().id(), List.copyOf(fields),
            invalidated(oldContent, newContent, e.getKey().id())));
      }
    }
    for (Key key : after.keySet()) {
      if (!before.containsKey(key)) {
        added.add(key.entry());
      }
    }
    Comparator<Entry> entryOrder = Comparator.comparingInt((Entry x) -> kindOrder(x.kind())).thenComparing(Entry::id);
    added.sort(entryOrder);
    removed.sort(entryOrder);
    changed.sort(Comparator.comparingInt((Change x) -> kindOrder(x.kind())).thenComparing(Change::id));
    return new BundleDiff(oldContent.bundle(), newContent.bundle(), List.copyOf(added), List.copyOf(removed),
        List.copyOf(changed));
  }

  private record Key(String kind, String id) {
    Entry entry() {
      return new Entry(kind, id);
    }
  }

  private static Map<Key, Record> index(EpiduralContent content) {
    Map<Key, Record> index = new LinkedHashMap<>();
    for (Source s : content.bundle().sources()) {
      index.put(new Key(SOURCES, s.id().value()), s);
    }
    for (Item item : content.items()) {
      index.put(new Key(Kind.of(item.getClass()).property(), item.id().value()), (Record) item);
    }
    return index;
  }

  private static int kindOrder(String kind) {
    return kind.equals(SOURCES) ? -1 : Kind.ofProperty(kind).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  private static void compareRecords(String path, Record a, Record b, List<FieldChange> out) {
    for (Component c : RecordType.of(a.getClass()).components()) {
      compare(join(path, c.name()), c.get(a), c.get(b), out);
    }
  }

  private static void compare(String path, Object a, Object b, List<FieldChange> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      if (oa.isPresent() && ob.isPresent()) {
        compare(path, oa.get(), ob.get(), out);
      } else {
        Object present = oa.isPresent() ? oa.get() : ob.orElseThrow();
        out.add(new FieldChange(path, present instanceof Text t ? presentVariants(t) : List.of(),
            oa.map(Object.class::cast), ob.map(Object.class::cast)));
      }
      return;
    }
    if (a instanceof Text ta && b instanceof Text tb) {
      out.add(new FieldChange(path, changedVariants(ta, tb), Optional.of(a), Optional.of(b)));
      return;
    }
    if (a instanceof Record ra && b instanceof Record rb && a.getClass() == b.getClass() && !(a instanceof Id<?>)) {
      compareRecords(path, ra, rb, out);
      return;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size() && !la.isEmpty()
        && la.get(0) instanceof Record && !(la.get(0) instanceof Id<?>)) {
      for (int i = 0; i < la.size(); i++) {
        compare(path + "[" + i + "]", la.get(i), lb.get(i), out);
      }
      return;
    }
    out.add(new FieldChange(path, List.of(), Optional.of(a), Optional.of(b)));
  }

  /** The variants of a text, by their property names. */
  public static final List<String> VARIANTS = List.of("text", "patient", "clinician");

  /**
   * One variant of a text.
   *
   * @param text the text
   * @param variant {@code text}, {@code patient} or {@code clinician}
   * @return the variant, or empty when the text has none
   */
  public static Optional<String> variant(Text text, String variant) {
    return switch (variant) {
      case "text" -> Optional.of(text.text());
      case "patient" -> text.patient();
      case "clinician" -> text.clinician();
      default -> throw new IllegalArgumentException("no text variant " + variant);
    };
  }

  private static List<String> changedVariants(Text a, Text b) {
    return VARIANTS.stream().filter(v -> !variant(a, v).equals(variant(b, v))).toList();
  }

  private static List<String> presentVariants(Text t) {
    return VARIANTS.stream().filter(v -> variant(t, v).isPresent()).toList();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
