package dev.epidural.content.export;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Approach;
import dev.epidural.model.Citation;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Id;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.RegionInfo;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The items an export draws from: model records, the bundle information with the sources they
 * cite, and their language. Built from loaded {@link EpiduralContent}, or directly from records
 * (for content made in code, or texts the bundle loader would refuse). Every reference between the
 * items, and every citation, must resolve. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExportContent fromBundle = ExportContent.from(EpiduralContent.builtIn());
 *
 * ExportContent fromRecords = ExportContent.of(bundleInfo, List.of(procedure, step, faqEntry));
 * }</pre>
 */
public final class ExportContent {

  private final BundleInfo bundle;
  private final List<Item> items;
  private final Map<String, Item> byId;
  private final Map<String, Source> sources;
  /** The sign-offs that back items' clinical reviews, by item id: only content loaded from a bundle has any. */
  private Map<String, dev.epidural.model.SignOff> approvals = Map.of();

  private ExportContent(BundleInfo bundle, List<Item> items, Map<String, Item> byId, Map<String, Source> sources) {
    this.bundle = bundle;
    this.items = items;
    this.byId = byId;
    this.sources = sources;
  }

  /**
   * The items of loaded content, in bundle order, with its bundle information.
   *
   * <pre>{@code
   * ExportContent content = ExportContent.from(EpiduralContent.loader().from(Path.of("bundle")).load());
   * }</pre>
   *
   * @param content validated content
   * @return the export content
   * @throws NullPointerException if {@code content} is null
   */
  public static ExportContent from(EpiduralContent content) {
    Objects.requireNonNull(content, "content");
    ExportContent export = of(content.bundle(), content.items());
    Map<String, dev.epidural.model.SignOff> approvals = new java.util.HashMap<>();
    content.items().forEach(i -> content.approval(i).ifPresent(s -> approvals.put(i.id().value(), s)));
    export.approvals = Map.copyOf(approvals);
    return export;
  }

  /**
   * Export content made of records: {@code items} in the order given, citing the sources of
   * {@code bundle}, written in its locale.
   *
   * <pre>{@code
   * BundleInfo info = new BundleInfo("clinic", "1.0.0", "Clinic leaflets", Locale.ENGLISH,
   *     "Example Clinic", "CC-BY-4.0", List.of(source));
   * ExportContent content = ExportContent.of(info, List.of(procedure, step));
   * }</pre>
   *
   * @param bundle the bundle information, with every source the items cite
   * @param items the items
   * @return the export content
   * @throws IllegalArgumentException if two items or two sources share an id, a citation names a
   *     source the bundle does not list, or a procedure references an item that is not in
   *     {@code items} or is of another kind; the message names every such problem
   * @throws NullPointerException if an argument or an item is null
   */
  public static ExportContent of(BundleInfo bundle, List<? extends Item> items) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(items, "items");
    List<String> problems = new ArrayList<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Source source : bundle.sources()) {
      if (sources.putIfAbsent(source.id().value(), source) != null) {
        problems.add("two sources have the id '" + source.id() + "'");
      }
    }
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item item : items) {
      Objects.requireNonNull(item, "item");
      if (byId.putIfAbsent(item.id().value(), item) != null) {
        problems.add("two items have the id '" + item.id() + "'");
      }
    }
    for (Item item : items) {
      for (Citation citation : item.sources()) {
        if (!sources.containsKey(citation.source().value())) {
          problems.add(item.id() + " cites source '" + citation.source() + "', which the bundle does not list");
        }
      }
      if (item instanceof Procedure procedure) {
        checkReferences(procedure, byId, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("content cannot be exported: " + String.join("; ", problems));
    }
    return new ExportContent(bundle, List.copyOf(items), Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(sources));
  }

  /**
   * The sign-off that backs this item's clinical review: present only for content loaded from a
   * bundle whose approval still matches the item ({@link EpiduralContent#approval(Item)}).
   *
   * @param item an item of this content
   * @return the approval, or empty
   */
  public Optional<dev.epidural.model.SignOff> approval(Item item) {
    return Optional.ofNullable(approvals.get(Objects.requireNonNull(item, "item").id().value()));
  }

  private static void checkReferences(Procedure procedure, Map<String, Item> byId, List<String> problems) {
    Map<Id<?>, Class<? extends Item>> references = new LinkedHashMap<>();
    ProcedureView.referencedIds(procedure, references);
    references.forEach((id, type) -> {
      Item target = byId.get(id.value());
      if (target == null) {
        problems.add(procedure.id() + " references '" + id + "', which is not among the items");
      } else if (!type.isInstance(target)) {
        problems.add(procedure.id() + " references '" + id + "' as " + type.getSimpleName() + ", but it is a "
            + target.getClass().getSimpleName());
      }
    });
  }

  /**
   * The bundle information: id, version, title, locale, publisher, licence and sources.
   *
   * @return the bundle information
   */
  public BundleInfo bundle() {
    return bundle;
  }

  /**
   * Every item, in the order given.
   *
   * @return an immutable list
   */
  public List<Item> items() {
    return items;
  }

  /**
   * Every item of one kind, in order.
   *
   * @param type the item record, such as {@code FaqEntry.class}
   * @param <T> the item type
   * @return an immutable list
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends Item> List<T> all(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The item with this id.
   *
   * @param id the id
   * @return the item, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Item> item(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The item of this kind with this id.
   *
   * @param type the item record
   * @param id the id
   * @param <T> the item type
   * @return the item, or empty if there is none of that kind
   * @throws NullPointerException if an argument is null
   */
  public <T extends Item> Optional<T> item(Class<T> type, String id) {
    Objects.requireNonNull(type, "type");
    return item(id).filter(type::isInstance).map(type::cast);
  }

  /** The item an id that passed the constructor's checks names. */
  <T extends Item> T resolve(Class<T> type, Id<?> id) {
    return item(type, id.value()).orElseThrow(() -> new IllegalStateException("unresolved " + id));
  }

  /** The source a citation that passed the constructor's checks names. */
  Source source(Id<Source> id) {
    Source source = sources.get(id.value());
    if (source == null) {
      throw new IllegalStateException("unknown source " + id);
    }
    return source;
  }

  /** The region fact that names {@code region}, if the content has one. */
  Optional<RegionInfo> regionInfo(SpinalRegion region) {
    return all(RegionInfo.class).stream().filter(r -> r.region() == region).findFirst();
  }

  /** The approach fact that names {@code approach}, if the content has one. */
  Optional<ApproachInfo> approachInfo(Approach approach) {
    return all(ApproachInfo.class).stream().filter(a -> a.approach() == approach).findFirst();
  }

  /** The guidance fact that names {@code guidance}, if the content has one. */
  Optional<GuidanceInfo> guidanceInfo(ImagingGuidance guidance) {
    return all(GuidanceInfo.class).stream().filter(g -> g.guidance() == guidance).findFirst();
  }

  /** The medication a use names. */
  Medication medication(MedicationUse use) {
    return resolve(Medication.class, use.medication());
  }

  /**
   * A procedure with every item it references resolved.
   *
   * @throws IllegalArgumentException if {@code procedure} is not one of this content's items
   */
  ProcedureView view(Procedure procedure) {
    return new ProcedureView(this, own(procedure));
  }

  /** Checks that {@code item} belongs to this content, so its references resolve. */
  <T extends Item> T own(T item) {
    Objects.requireNonNull(item, "item");
    if (!item.equals(byId.get(item.id().value()))) {
      throw new IllegalArgumentException("item " + item.id() + " is not part of this content");
    }
    return item;
  }

  @Override
  public String toString() {
    return "ExportContent[" + bundle.id() + " " + bundle.version() + ", " + items.size() + " items]";
  }
}
