package dev.epidural.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An epidural procedure: a combination of intent, regions, approaches, guidance, medications and delivery, with its workflow and what surrounds it. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name the display name
 * @param summary what the procedure is
 * @param intent what it is done for
 * @param regions the regions it is performed in
 * @param approaches the approaches it may use; empty where the sources name none
 * @param guidance the guidance options it may use
 * @param delivery how the medication is delivered
 * @param medications the medications it uses
 * @param steps its workflow steps, in order
 * @param preparation what the patient does beforehand
 * @param indications when it may be considered
 * @param contraindications when it may be avoided or delayed
 * @param complications its risks
 * @param aftercare what happens afterwards
 * @param codings terminology codes for the procedure
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Procedure(
    Id<Procedure> id,
    @Valid Text name,
    @Valid Text summary,
    Intent intent,
    @NotEmpty Set<SpinalRegion> regions,
    Set<Approach> approaches,
    Set<ImagingGuidance> guidance,
    Set<DeliveryMode> delivery,
    List<@Valid MedicationUse> medications,
    List<Id<ProcedureStep>> steps,
    List<Id<PreparationInstruction>> preparation,
    List<Id<Indication>> indications,
    List<Id<Contraindication>> contraindications,
    List<Id<Complication>> complications,
    List<Id<AftercareInstruction>> aftercare,
    List<@Valid Coding> codings,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Procedure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(intent, "intent");
    regions = Copies.sortedSet(Objects.requireNonNull(regions, "regions"));
    approaches = Copies.sortedSet(Objects.requireNonNull(approaches, "approaches"));
    guidance = Copies.sortedSet(Objects.requireNonNull(guidance, "guidance"));
    delivery = Copies.sortedSet(Objects.requireNonNull(delivery, "delivery"));
    medications = List.copyOf(Objects.requireNonNull(medications, "medications"));
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    preparation = List.copyOf(Objects.requireNonNull(preparation, "preparation"));
    indications = List.copyOf(Objects.requireNonNull(indications, "indications"));
    contraindications = List.copyOf(Objects.requireNonNull(contraindications, "contraindications"));
    complications = List.copyOf(Objects.requireNonNull(complications, "complications"));
    aftercare = List.copyOf(Objects.requireNonNull(aftercare, "aftercare"));
    codings = List.copyOf(Objects.requireNonNull(codings, "codings"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
