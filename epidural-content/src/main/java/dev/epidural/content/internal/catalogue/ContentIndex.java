package dev.epidural.content.internal.catalogue;

import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.rules.Folding;
import dev.epidural.model.Approach;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indexes the query API needs beyond the catalogue's: sources by id and the approach facts by
 * approach, built when the content is made; an item's texts and their folded forms for plain-text
 * search, built the first time a search or a text lookup reaches that item. Thread-safe.
 */
public final class ContentIndex {

  /** One searchable string of an item: the text's field path and its folded form. */
  private record SearchText(String field, String folded) {}

  private final Map<String, Source> sources;
  private final Map<Approach, ApproachInfo> approaches;
  /**
   * Per item, filled on first use: building them for every item at load was most of the cost of a
   * cold start, and many programs never search. Concurrent maps keep them thread-safe.
   */
  private final Map<String, List<SearchText>> searchTexts = new java.util.concurrent.ConcurrentHashMap<>();
  private final Catalogue catalogue;
  private final Map<String, Map<String, Text>> texts = new java.util.concurrent.ConcurrentHashMap<>();

  /** Indexes the catalogue's items and the bundle's sources. */
  public ContentIndex(Catalogue catalogue, List<Source> sourceList) {
    Map<String, Source> byId = new HashMap<>();
    for (Source s : sourceList) {
      byId.putIfAbsent(s.id().value(), s);
    }
    this.sources = Collections.unmodifiableMap(byId);
    Map<Approach, ApproachInfo> facts = new EnumMap<>(Approach.class);
    for (ApproachInfo a : catalogue.all(ApproachInfo.class)) {
      facts.putIfAbsent(a.approach(), a);
    }
    this.approaches = Collections.unmodifiableMap(facts);
    this.catalogue = catalogue;
  }

  /** The texts of {@code item} by field path, as {@link TextFields#of} gives them; indexed for this content's items. */
  public Map<String, Text> texts(Item item) {
    return isIndexed(item) ? texts.computeIfAbsent(item.id().value(), id -> TextFields.of(item)) : TextFields.of(item);
  }

  /** Whether {@code item} is the very item this content holds under its id. */
  private boolean isIndexed(Item item) {
    return catalogue.byId(item.id().value()).filter(indexed -> indexed == item).isPresent();
  }

  private static List<SearchText> searchTexts(Item item) {
    List<SearchText> out = new ArrayList<>();
    for (Map.Entry<String, Text> t : TextFields.of(item).entrySet()) {
      out.add(new SearchText(t.getKey(), Folding.fold(t.getValue().text())));
      for (Audience a : Audience.values()) {
        if (t.getValue().hasVariant(a)) {
          out.add(new SearchText(t.getKey(), Folding.fold(t.getValue().forAudience(a))));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The source with this id. */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** The fact describing {@code approach}, if the bundle has one. */
  public Optional<ApproachInfo> approach(Approach approach) {
    return Optional.ofNullable(approaches.get(approach));
  }

  /**
   * The fields of {@code item} in which the folded search {@code terms} occur, in field order; empty
   * unless every term occurs in some text of the item (in any audience variant).
   */
  public Set<String> matches(Item item, List<String> terms) {
    List<SearchText> texts = isIndexed(item)
        ? searchTexts.computeIfAbsent(item.id().value(), id -> searchTexts(item)) : searchTexts(item);
    Set<String> fields = new LinkedHashSet<>();
    Set<String> found = new HashSet<>();
    for (SearchText t : texts) {
      for (String term : terms) {
        if (t.folded().contains(term)) {
          fields.add(t.field());
          found.add(term);
        }
      }
    }
    if (found.size() < new HashSet<>(terms).size()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(fields);
  }
}
