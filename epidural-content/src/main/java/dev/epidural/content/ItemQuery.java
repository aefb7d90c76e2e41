package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.content.internal.rules.Folding;
import dev.epidural.model.Item;
import dev.epidural.model.ReviewStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A query over one kind of item, the common part of every query of {@link EpiduralContent}.
 * Immutable and thread-safe: each filter step returns a new query and leaves this one as it was, so
 * a query can be kept in a constant and shared. Nothing runs until a terminal call ({@link #list},
 * {@link #first}, {@link #count}, {@link #stream}, {@link #search}), which answers in bundle order.
 *
 * <p>Every step narrows: an item is in the answer only when it passes every filter. The order of
 * the steps does not matter, and repeating a step changes nothing, so two queries with the same
 * steps in any order are {@linkplain #equals equal} and give the same answer.
 *
 * <pre>{@code
 * List<Procedure> procedures = content.procedures()
 *     .inRegion(SpinalRegion.LUMBAR)
 *     .via(Approach.TRANSFORAMINAL)
 *     .reviewedAtLeast(ReviewStatus.SOURCED)
 *     .list();
 * }</pre>
 *
 * @param <T> the kind of item
 * @param <Q> the query's own type, which every step returns
 */
public abstract sealed class ItemQuery<T extends Item, Q extends ItemQuery<T, Q>>
    permits ProcedureQuery, MedicationQuery, ContraindicationQuery, IndicationQuery, ComplicationQuery,
        AlternativeQuery, FaqQuery, ApproachQuery {

  private final EpiduralContent content;
  private final Class<T> type;
  private final Criteria<T> criteria;

  ItemQuery(EpiduralContent content, Class<T> type, Criteria<T> criteria) {
    this.content = Objects.requireNonNull(content, "content");
    this.type = type;
    this.criteria = criteria;
  }

  /** A query of the same kind over the same content with these criteria. */
  abstract Q with(Criteria<T> next);

  /** This query narrowed by one more filter, identified by its name and argument. */
  final Q where(String name, Object argument, Predicate<? super T> test) {
    return with(criteria.and(name, argument, test));
  }

  /** The content this query runs over. */
  final EpiduralContent content() {
    return content;
  }

  /**
   * Narrows to the items whose texts contain every word of {@code text}, ignoring case and
   * accents: {@code "anestesia"} finds {@code "Anestesía"}. Every text of the item is searched, in
   * the bundle's own language, including its patient and clinician variants. A match says only
   * that the words occur: it is not a recommendation.
   *
   * <pre>{@code
   * List<Contraindication> found = content.contraindications().matching("pregnancy").list();
   * }</pre>
   *
   * @param text one or more words
   * @return a new query
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} has no letter or digit
   */
  public final Q matching(String text) {
    List<String> terms = Folding.terms(Objects.requireNonNull(text, "text"));
    return where("matching", String.join(" ", terms), new Predicate<T>() {
      @Override
      public boolean test(T item) {
        return !content.index().matches(item, terms).isEmpty();
      }
    });
  }

  /**
   * Narrows to the items whose review status is at least {@code minimum}, in the order draft,
   * sourced, clinically reviewed.
   *
   * <pre>{@code
   * List<FaqEntry> reviewed = content.faq().reviewedAtLeast(ReviewStatus.CLINICALLY_REVIEWED).list();
   * }</pre>
   *
   * @param minimum the least status accepted
   * @return a new query
   * @throws NullPointerException if {@code minimum} is null
   */
  public final Q reviewedAtLeast(ReviewStatus minimum) {
    Objects.requireNonNull(minimum, "minimum");
    return where("reviewedAtLeast", minimum, new Predicate<T>() {
      @Override
      public boolean test(T item) {
        return item.review().status().compareTo(minimum) >= 0;
      }
    });
  }

  /**
   * Runs the query.
   *
   * <pre>{@code
   * List<Medication> steroids = content.medications().inClass(MedicationClass.CORTICOSTEROID).list();
   * }</pre>
   *
   * @return the matching items in bundle order, as an immutable list
   */
  public final List<T> list() {
    // Loops rather than a stream here and below: a first query is often a program's first stream
    // and lambda, each a cost in a cold JVM.
    List<T> out = new ArrayList<>();
    for (T item : content.all(type)) {
      if (criteria.test(item)) {
        out.add(item);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Runs the query lazily.
   *
   * <pre>{@code
   * Set<Intent> intents = content.procedures().inRegion(SpinalRegion.LUMBAR).stream()
   *     .map(Procedure::intent).collect(Collectors.toSet());
   * }</pre>
   *
   * @return the matching items in bundle order
   */
  public final Stream<T> stream() {
    return content.all(type).stream().filter(criteria::test);
  }

  /**
   * Runs the query for its first answer.
   *
   * <pre>{@code
   * Optional<Procedure> caudal = content.procedures().via(Approach.CAUDAL).first();
   * }</pre>
   *
   * @return the first matching item in bundle order, or empty when none matches
   */
  public final Optional<T> first() {
    for (T item : content.all(type)) {
      if (criteria.test(item)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the query for the number of answers.
   *
   * <pre>{@code
   * long cervical = content.procedures().inRegion(SpinalRegion.CERVICAL).count();
   * }</pre>
   *
   * @return how many items match
   */
  public final long count() {
    long n = 0;
    for (T item : content.all(type)) {
      if (criteria.test(item)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Runs the query and searches the answers' texts for every word of {@code text}, ignoring case
   * and accents, as {@link #matching} does; each hit tells the fields the words were found in and
   * the sources the item cites. This is a search over the content, never a recommendation: hits
   * come in bundle order, not ranked.
   *
   * <pre>{@code
   * for (SearchHit<FaqEntry> hit : content.faq().search("drive")) {
   *   System.out.println(hit.item().question() + ": " + hit.sources());
   * }
   * }</pre>
   *
   * @param text one or more words
   * @return the hits in bundle order, as an immutable list
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} has no letter or digit
   */
  public final List<SearchHit<T>> search(String text) {
    List<String> terms = Folding.terms(Objects.requireNonNull(text, "text"));
    return stream().<SearchHit<T>>mapMulti((item, out) -> {
      Set<String> fields = content.index().matches(item, terms);
      if (!fields.isEmpty()) {
        out.accept(new SearchHit<>(item, List.copyOf(fields), content.sourcesOf(item)));
      }
    }).toList();
  }

  /**
   * Whether {@code other} is a query of the same kind over the same content with the same filters,
   * in any order.
   *
   * @param other the object to compare with
   * @return true if both queries always give the same answer for the same reason
   */
  @Override
  public final boolean equals(Object other) {
    return other instanceof ItemQuery<?, ?> q && q.getClass() == getClass() && q.content == content
        && q.criteria.equals(criteria);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), System.identityHashCode(content), criteria);
  }

  /** The query's kind and filters, such as {@code ProcedureQuery[inRegion=lumbar, via=transforaminal]}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + criteria + "]";
  }
}
