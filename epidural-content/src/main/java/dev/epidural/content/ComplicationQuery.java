package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Complication;

/**
 * A query over complications and risks, with the filters and terminal calls of
 * {@link ItemQuery}. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<SearchHit<Complication>> headaches = content.complications().search("headache");
 * }</pre>
 */
public final class ComplicationQuery extends ItemQuery<Complication, ComplicationQuery> {

  ComplicationQuery(EpiduralContent content, Criteria<Complication> criteria) {
    super(content, Complication.class, criteria);
  }

  @Override
  ComplicationQuery with(Criteria<Complication> next) {
    return new ComplicationQuery(content(), next);
  }
}
