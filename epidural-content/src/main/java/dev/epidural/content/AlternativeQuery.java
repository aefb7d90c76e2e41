package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Alternative;

/**
 * A query over the alternatives to epidural procedures, with the filters and terminal calls of
 * {@link ItemQuery}. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Alternative> alternatives = content.alternatives().list();
 * }</pre>
 */
public final class AlternativeQuery extends ItemQuery<Alternative, AlternativeQuery> {

  AlternativeQuery(EpiduralContent content, Criteria<Alternative> criteria) {
    super(content, Alternative.class, criteria);
  }

  @Override
  AlternativeQuery with(Criteria<Alternative> next) {
    return new AlternativeQuery(content(), next);
  }
}
