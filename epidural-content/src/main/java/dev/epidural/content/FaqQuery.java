package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.FaqEntry;

/**
 * A query over frequently asked questions, with the filters and terminal calls of
 * {@link ItemQuery}; {@link #search} finds questions and answers by their words, ignoring case and
 * accents, and returns each hit with its sources. A search over the content, never a
 * recommendation. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (SearchHit<FaqEntry> hit : content.faq().search("drive")) {
 *   System.out.println(hit.item().question());
 *   hit.sources().forEach(source -> System.out.println("  " + source));
 * }
 * }</pre>
 */
public final class FaqQuery extends ItemQuery<FaqEntry, FaqQuery> {

  FaqQuery(EpiduralContent content, Criteria<FaqEntry> criteria) {
    super(content, FaqEntry.class, criteria);
  }

  @Override
  FaqQuery with(Criteria<FaqEntry> next) {
    return new FaqQuery(content(), next);
  }
}
