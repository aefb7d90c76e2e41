package dev.epidural.content.internal.catalogue;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.paged.IdTable;
import dev.epidural.content.internal.paged.PagedList;
import dev.epidural.model.Item;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The validated items of one bundle, indexed once at load: by kind in bundle order and by id; with
 * the bundle's translations and, for a base with overlays, the description of each layer.
 * Immutable and thread-safe once built.
 */
public final class Catalogue {

  private final List<Item> items;
  private final Map<Kind, List<Item>> byKind;
  private final IdTable<Item> byId;
  private final Translations translations;
  private final List<BundleInfo> layers;
  private final Map<String, dev.epidural.model.SignOff> approvals;

  /** Builds the indexes; {@code items} are in bundle order. */
  public Catalogue(List<Item> items) {
    this(items, Translations.none(), List.of());
  }

  /**
   * Builds the indexes, with the bundle's translations and the layers it was read from, bottom
   * first (empty when not known). Where two items have the same id, {@link #byId} finds the first.
   */
  public Catalogue(List<Item> items, Translations translations, List<BundleInfo> layers) {
    this(items, translations, layers, Map.of());
  }

  /**
   * As {@link #Catalogue(List, Translations, List)}, with the approvals that back the items'
   * clinical reviews, by item id.
   */
  public Catalogue(List<Item> items, Translations translations, List<BundleInfo> layers,
                   Map<String, dev.epidural.model.SignOff> approvals) {
    this.approvals = Map.copyOf(approvals);
    this.translations = translations;
    this.layers = List.copyOf(layers);
    // Paged, as every structure here that grows with the bundle: see PagedList.
    this.items = PagedList.copyOf(items);
    // Loops, not lambdas: every lambda is a class spun at first use, and this runs in every cold start.
    Map<Kind, PagedList.Builder<Item>> kinds = new EnumMap<>(Kind.class);
    IdTable<Item> ids = new IdTable<>(this.items.size(), ItemId.INSTANCE);
    for (Item item : this.items) {
      Kind kind = Kind.of(item.getClass());
      PagedList.Builder<Item> ofKind = kinds.get(kind);
      if (ofKind == null) {
        ofKind = new PagedList.Builder<>();
        kinds.put(kind, ofKind);
      }
      ofKind.add(item);
      ids.putIfAbsent(item);
    }
    Map<Kind, List<Item>> built = new EnumMap<>(Kind.class);
    for (Map.Entry<Kind, PagedList.Builder<Item>> e : kinds.entrySet()) {
      built.put(e.getKey(), e.getValue().build());
    }
    this.byKind = Collections.unmodifiableMap(built);
    this.byId = ids;
  }

  /** An item's id, the key of {@link #byId}. */
  private static final class ItemId implements Function<Item, String> {
    static final ItemId INSTANCE = new ItemId();

    @Override
    public String apply(Item item) {
      return item.id().value();
    }
  }

  /** The approval that backs the clinical review of the item with this id, if one does. */
  public Optional<dev.epidural.model.SignOff> approval(String id) {
    return Optional.ofNullable(approvals.get(id));
  }

  /** Whether any item's clinical review is backed by an approval. */
  public boolean hasApprovals() {
    return !approvals.isEmpty();
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
