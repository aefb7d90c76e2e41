package dev.epidural.content.export;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.ProcedureView;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.SignOff;
import dev.epidural.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content an export draws from: loaded, validated {@link EpiduralContent}, read as it is. Every
 * reference between its items and every citation has been checked by the loader, so the exporters
 * follow them without checking again; the items, their kinds and ids, and each procedure's
 * {@link ProcedureView} come from the content's own indexes. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExportContent content = ExportContent.from(EpiduralContent.builtIn());
 * }</pre>
 */
public final class ExportContent {

  private final EpiduralContent content;
  /** The sources a patient page may list, found on first use: see {@link PageFacts#documentSources}. */
  private volatile Set<Id<Source>> documents;
  /** The link of each source, worked out on first use: checking a URL parses it. */
  private final Map<Source, Optional<String>> links = new ConcurrentHashMap<>();

  private ExportContent(EpiduralContent content) {
    this.content = content;
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
    return new ExportContent(Objects.requireNonNull(content, "content"));
  }

  /**
   * The sign-off that backs this item's clinical review, as {@link EpiduralContent#approval(Item)}
   * gives it.
   *
   * @param item an item of this content
   * @return the approval, or empty
   * @throws NullPointerException if {@code item} is null
   */
  public Optional<SignOff> approval(Item item) {
    return content.approval(item);
  }

  /**
   * The bundle information: id, version, title, locale, publisher, licence and sources.
   *
   * @return the bundle information
   */
  public BundleInfo bundle() {
    return content.bundle();
  }

  /**
   * Every item, in bundle order.
   *
   * @return an immutable list
   */
  public List<Item> items() {
    return content.items();
  }

  /**
   * Every item of one kind, in bundle order.
   *
   * @param type the item record, such as {@code FaqEntry.class}
   * @param <T> the item type
   * @return an immutable list
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends Item> List<T> all(Class<T> type) {
    return content.all(type);
  }

  /**
   * The item with this id.
   *
   * @param id the id
   * @return the item, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Item> item(String id) {
    return content.item(id);
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
    return content.item(type, id);
  }

  /**
   * The content's view of a procedure: its references followed, built once by the content.
   *
   * @throws IllegalArgumentException if {@code procedure} is not one of this content's items
   */
  ProcedureView view(Procedure procedure) {
    return content.procedure(own(procedure).id().value()).orElseThrow();
  }

  /**
   * The source a citation of this content's items names, from the bundle's sources (the first with
   * the id, as {@link EpiduralContent#sourcesOf} resolves it).
   *
   * @throws IllegalStateException if the bundle has no source with that id, which the loader refuses
   */
  Source source(Id<Source> id) {
    for (Source source : content.bundle().sources()) {
      if (source.id().equals(id)) {
        return source;
      }
    }
    throw new IllegalStateException("unknown source " + id);
  }

  /** The URL {@code source} is linked with, as {@link PageFacts#linkOf} finds it, worked out once. */
  Optional<String> link(Source source) {
    Optional<String> link = links.get(source);
    if (link == null) {
      link = PageFacts.linkOf(source);
      links.putIfAbsent(source, link);
    }
    return link;
  }

  /** The ids of the sources a patient page may list, worked out once. */
  Set<Id<Source>> documentSources() {
    Set<Id<Source>> found = documents;
    if (found == null) {
      // Racing threads work out the same immutable set; either may be kept.
      found = PageFacts.documentSources(content.items());
      documents = found;
    }
    return found;
  }

  /** Checks that {@code item} belongs to this content (an equal item under its id), so its references resolve. */
  @SuppressWarnings("ReferenceEquality") // the same instance first: comparing records field by field is slower
  <T extends Item> T own(T item) {
    Objects.requireNonNull(item, "item");
    Item own = content.item(item.id().value()).orElse(null);
    if (own != item && !item.equals(own)) {
      throw new IllegalArgumentException("item " + item.id() + " is not part of this content");
    }
    return item;
  }

  @Override
  public String toString() {
    BundleInfo bundle = content.bundle();
    return "ExportContent[" + bundle.id() + " " + bundle.version() + ", " + content.items().size() + " items]";
  }
}
