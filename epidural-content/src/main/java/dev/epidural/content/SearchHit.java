package dev.epidural.content;

import dev.epidural.model.Item;
import dev.epidural.model.Review;
import java.util.List;
import java.util.Objects;

/**
 * One item whose texts contain every word searched for, with the fields they were found in and the
 * sources the item cites. A hit says only that the words occur in the content: it is never a
 * recommendation and never ranks items by clinical relevance. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (SearchHit<FaqEntry> hit : content.faq().search("drive")) {
 *   System.out.println(hit.item().question() + " " + hit.sources());
 * }
 * }</pre>
 *
 * @param item the item found
 * @param fields the text fields the words were found in, such as {@code question} or
 *     {@code answer}, in the item's field order
 * @param sources the sources the item cites, resolved
 * @param <T> the kind of item
 */
public record SearchHit<T extends Item>(T item, List<String> fields, List<CitedSource> sources) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public SearchHit {
    Objects.requireNonNull(item, "item");
    fields = List.copyOf(fields);
    sources = List.copyOf(sources);
  }

  /**
   * How far the item has been checked.
   *
   * @return the item's review
   */
  public Review review() {
    return item.review();
  }
}
