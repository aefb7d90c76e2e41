package dev.epidural.content.internal;

import dev.epidural.content.BundleInfo;
import dev.epidural.model.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated items of one bundle, indexed once at load: by kind in bundle order and by id; with
 * the bundle's translations and, for a base with overlays, the description of each layer.
 * Immutable and thread-safe once built.
 */
public final class Catalogue {

  private final List<Item> items;
  private final Map<Kind, List<Item>> byKind;
  private final Map<String, Item> byId;
  private final Translations translations;
  private final List<BundleInfo> layers;

  /** Builds the indexes; {@code items} are in bundle order. */
  public Catalogue(List<Item> items) {
    this(items, Translations.none(), List.of());
  }

  /**
   * Builds the indexes, with the bundle's translations and the layers it was read from, bottom
   * first (empty when not known).
   */
  public Catalogue(List<Item> items, Translations translations, List<BundleInfo> layers) {
    this.translations = translations;
    this.layers = List.copyOf(layers);
    this.items = List.copyOf(items);
    Map<Kind, List<Item>> kinds = new EnumMap<>(Kind.class);
    Map<String, Item> ids = new java.util.HashMap<>(this.items.size() * 2);
    for (Item item : this.items) {
      kinds.computeIfAbsent(Kind.of(item.getClass()), k -> new ArrayList<>()).add(item);
      ids.put(item.id().value(), item);
    }
    kinds.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = Collections.unmodifiableMap(kinds);
    this.byId = Collections.unmodifiableMap(ids);
  }

  /** Every item in bundle order. */
  public List<Item> items() {
    return items;
  }

  /** The items of one record type, in bundle order. */
  @SuppressWarnings("unchecked")
  public <T extends Item> List<T> all(Class<T> type) {
    return (List<T>) byKind.getOrDefault(Kind.of(type), List.of());
  }

  /** The item with this id. */
  public Optional<Item> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The item with this id and type. */
  public <T extends Item> Optional<T> byId(Class<T> type, String id) {
    Item item = byId.get(id);
    return type.isInstance(item) ? Optional.of(type.cast(item)) : Optional.empty();
  }

  /** The bundle's validated translations. */
  public Translations translations() {
    return translations;
  }

  /** The bundles the items were read from, base first; empty when not known. */
  public List<BundleInfo> layers() {
    return layers;
  }
}
