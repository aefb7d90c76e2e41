package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Indication;
import dev.epidural.model.Intent;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A query over indications. Immutable and thread-safe; each step returns a new query, and the
 * terminal calls of {@link ItemQuery} run it.
 *
 * <pre>{@code
 * List<Indication> diagnostic = content.indications().forIntent(Intent.DIAGNOSTIC).list();
 * }</pre>
 */
public final class IndicationQuery extends ItemQuery<Indication, IndicationQuery> {

  IndicationQuery(EpiduralContent content, Criteria<Indication> criteria) {
    super(content, Indication.class, criteria);
  }

  @Override
  IndicationQuery with(Criteria<Indication> next) {
    return new IndicationQuery(content(), next);
  }

  /**
   * Narrows to the indications that lead to {@code intent}.
   *
   * @param intent what a procedure would be done for
   * @return a new query
   * @throws NullPointerException if {@code intent} is null
   */
  public IndicationQuery forIntent(Intent intent) {
    Objects.requireNonNull(intent, "intent");
    return where("forIntent", intent, new Predicate<Indication>() {
      @Override
      public boolean test(Indication i) {
        return i.intents().contains(intent);
      }
    });
  }
}
