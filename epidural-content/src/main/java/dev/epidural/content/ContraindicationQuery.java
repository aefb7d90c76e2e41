package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.content.internal.rules.Folding;
import dev.epidural.model.Contraindication;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A query over contraindications, with search by factor keyword and by text. A search finds what
 * the content says; it does not decide whether a procedure suits anyone. Immutable and
 * thread-safe; each step returns a new query, and the terminal calls of {@link ItemQuery} run it.
 *
 * <pre>{@code
 * List<Contraindication> byFactor = content.contraindications().listingFactor("anticoagulant-use").list();
 * List<Contraindication> byText = content.contraindications().matching("pregnancy").list();
 * }</pre>
 */
public final class ContraindicationQuery extends ItemQuery<Contraindication, ContraindicationQuery> {

  ContraindicationQuery(EpiduralContent content, Criteria<Contraindication> criteria) {
    super(content, Contraindication.class, criteria);
  }

  @Override
  ContraindicationQuery with(Criteria<Contraindication> next) {
    return new ContraindicationQuery(content(), next);
  }

  /**
   * Narrows to the contraindications that list the factor {@code keyword}. Factors are written in
   * lowercase kebab-case ({@code anticoagulant-use}); the keyword is brought to that form first,
   * so {@code "Anticoagulant use"} finds the same.
   *
   * @param keyword a factor keyword
   * @return a new query
   * @throws NullPointerException if {@code keyword} is null
   * @throws IllegalArgumentException if {@code keyword} has no letter or digit
   */
  public ContraindicationQuery listingFactor(String keyword) {
    String factor = Folding.keyword(Objects.requireNonNull(keyword, "keyword"));
    return where("listingFactor", factor, new Predicate<Contraindication>() {
      @Override
      public boolean test(Contraindication c) {
        return c.factors().contains(factor);
      }
    });
  }

  /**
   * Runs the query for the factor keywords its answers list, for offering them to choose from.
   *
   * @return the distinct factors, sorted, as an immutable set
   */
  public SortedSet<String> factors() {
    SortedSet<String> factors = new TreeSet<>();
    for (Contraindication c : list()) {
      factors.addAll(c.factors());
    }
    return Collections.unmodifiableSortedSet(factors);
  }
}
