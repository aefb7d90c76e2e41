package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Approach;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Intent;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A query over procedures. Immutable and thread-safe; each step returns a new query, and the
 * terminal calls of {@link ItemQuery} run it.
 *
 * <pre>{@code
 * List<Procedure> procedures = content.procedures()
 *     .inRegion(SpinalRegion.LUMBAR)
 *     .via(Approach.TRANSFORAMINAL)
 *     .forIntent(Intent.THERAPEUTIC)
 *     .list();
 * }</pre>
 */
public final class ProcedureQuery extends ItemQuery<Procedure, ProcedureQuery> {

  ProcedureQuery(EpiduralContent content, Criteria<Procedure> criteria) {
    super(content, Procedure.class, criteria);
  }

  @Override
  ProcedureQuery with(Criteria<Procedure> next) {
    return new ProcedureQuery(content(), next);
  }

  /**
   * Narrows to the procedures performed in {@code region}.
   *
   * @param region a spinal region
   * @return a new query
   * @throws NullPointerException if {@code region} is null
   */
  public ProcedureQuery inRegion(SpinalRegion region) {
    return filter("inRegion", Objects.requireNonNull(region, "region"));
  }

  /**
   * Narrows to the procedures that may use {@code approach}.
   *
   * @param approach an access approach
   * @return a new query
   * @throws NullPointerException if {@code approach} is null
   */
  public ProcedureQuery via(Approach approach) {
    return filter("via", Objects.requireNonNull(approach, "approach"));
  }

  /**
   * Narrows to the procedures done for {@code intent}.
   *
   * @param intent what the procedure is done for
   * @return a new query
   * @throws NullPointerException if {@code intent} is null
   */
  public ProcedureQuery forIntent(Intent intent) {
    return filter("forIntent", Objects.requireNonNull(intent, "intent"));
  }

  /**
   * Narrows to the procedures that may be guided by {@code guidance}.
   *
   * @param guidance an imaging guidance option
   * @return a new query
   * @throws NullPointerException if {@code guidance} is null
   */
  public ProcedureQuery guidedBy(ImagingGuidance guidance) {
    return filter("guidedBy", Objects.requireNonNull(guidance, "guidance"));
  }

  /**
   * Runs the query and resolves each answer's references: its steps, medications, approaches and
   * the rest.
   *
   * <pre>{@code
   * for (ProcedureView view : content.procedures().inRegion(SpinalRegion.LUMBAR).views()) {
   *   view.steps().forEach(step -> System.out.println(step.name()));
   * }
   * }</pre>
   *
   * @return a view of each matching procedure in bundle order, as an immutable list
   */
  public List<ProcedureView> views() {
    List<ProcedureView> views = new ArrayList<>();
    for (Procedure p : list()) {
      views.add(content().view(p));
    }
    return Collections.unmodifiableList(views);
  }

  private ProcedureQuery filter(String name, Object value) {
    return where(name, value, new Filter(name, value));
  }

  /**
   * The filters, one class keyed by the filter's name: a lambda or an anonymous class each would be
   * one more class for a cold first query to load.
   */
  private static final class Filter implements Predicate<Procedure> {
    private final String name;
    private final Object value;

    Filter(String name, Object value) {
      this.name = name;
      this.value = value;
    }

    @Override
    public boolean test(Procedure p) {
      return switch (name) {
        case "inRegion" -> p.regions().contains(value);
        case "via" -> p.approaches().contains(value);
        case "forIntent" -> p.intent() == value;
        case "guidedBy" -> p.guidance().contains(value);
        default -> throw new AssertionError(name);
      };
    }
  }
}
