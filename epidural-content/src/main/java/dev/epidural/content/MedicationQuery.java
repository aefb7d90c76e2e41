package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Criteria;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A query over medications. Immutable and thread-safe; each step returns a new query, and the
 * terminal calls of {@link ItemQuery} run it.
 *
 * <pre>{@code
 * List<Medication> steroids = content.medications().inClass(MedicationClass.CORTICOSTEROID).list();
 * }</pre>
 */
public final class MedicationQuery extends ItemQuery<Medication, MedicationQuery> {

  MedicationQuery(EpiduralContent content, Criteria<Medication> criteria) {
    super(content, Medication.class, criteria);
  }

  @Override
  MedicationQuery with(Criteria<Medication> next) {
    return new MedicationQuery(content(), next);
  }

  /**
   * Narrows to the medications of {@code medicationClass}.
   *
   * @param medicationClass a medication class
   * @return a new query
   * @throws NullPointerException if {@code medicationClass} is null
   */
  public MedicationQuery inClass(MedicationClass medicationClass) {
    Objects.requireNonNull(medicationClass, "medicationClass");
    return where("inClass", medicationClass, new Predicate<Medication>() {
      @Override
      public boolean test(Medication m) {
        return m.medicationClass() == medicationClass;
      }
    });
  }
}
