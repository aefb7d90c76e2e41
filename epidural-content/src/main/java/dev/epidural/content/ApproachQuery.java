package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Approach;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.SpinalRegion;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A query over the bundle's approach facts: which access approach is used in which spinal region,
 * as the cited sources state it. These are the facts the validator checks every procedure against.
 * Answers are {@link ApproachInfo} items, so each comes with its description and sources; call
 * {@link #approaches()} for the bare set of approaches. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ApproachInfo approach : content.approaches().inRegion(SpinalRegion.CERVICAL).list()) {
 *   System.out.println(approach.name() + " " + content.sourcesOf(approach));
 * }
 * Set<Approach> cervical = content.approaches().inRegion(SpinalRegion.CERVICAL).approaches();
 * }</pre>
 */
public final class ApproachQuery extends ItemQuery<ApproachInfo, ApproachQuery> {

  ApproachQuery(EpiduralContent content, Criteria<ApproachInfo> criteria) {
    super(content, ApproachInfo.class, criteria);
  }

  @Override
  ApproachQuery with(Criteria<ApproachInfo> next) {
    return new ApproachQuery(content(), next);
  }

  /**
   * Narrows to the approaches the bundle's facts say are used in {@code region}.
   *
   * @param region a spinal region
   * @return a new query
   * @throws NullPointerException if {@code region} is null
   */
  public ApproachQuery inRegion(SpinalRegion region) {
    Objects.requireNonNull(region, "region");
    return where("inRegion", region, new Predicate<ApproachInfo>() {
      @Override
      public boolean test(ApproachInfo a) {
        return a.regions().contains(region);
      }
    });
  }

  /**
   * Runs the query for the approaches alone.
   *
   * @return the approaches of the matching facts, in the enum's order, as an immutable set
   */
  public Set<Approach> approaches() {
    Set<Approach> approaches = EnumSet.noneOf(Approach.class);
    for (ApproachInfo a : list()) {
      approaches.add(a.approach());
    }
    return Collections.unmodifiableSet(approaches);
  }
}
