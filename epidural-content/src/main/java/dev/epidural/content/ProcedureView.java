package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Complication;
import dev.epidural.model.Contraindication;
import dev.epidural.model.Id;
import dev.epidural.model.Indication;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Review;
import dev.epidural.model.Text;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A procedure with its references followed: the steps, medications, approach facts, indications,
 * contraindications, complications, preparation and aftercare it names, as items rather than ids,
 * in the order the procedure lists them. A content builds the view of a procedure the first time it
 * is asked for and keeps it. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProcedureView view = content.procedure("lumbar-transforaminal-esi").orElseThrow();
 * for (ProcedureStep step : view.steps()) {
 *   System.out.println(step.phase().code() + ": " + step.name());
 * }
 * view.medications().forEach(used -> System.out.println(used.medication().name()));
 * }</pre>
 */
public final class ProcedureView {

  private final Procedure procedure;
  private final List<ApproachInfo> approaches;
  private final List<ProcedureStep> steps;
  private final List<ProcedureMedication> medications;
  private final Set<MedicationClass> medicationClasses;
  private final List<PreparationInstruction> preparation;
  private final List<Indication> indications;
  private final List<Contraindication> contraindications;
  private final List<Complication> complications;
  private final List<AftercareInstruction> aftercare;
  private final List<CitedSource> sources;

  /** Resolves every reference of {@code procedure} in {@code content}, which has validated them. */
  ProcedureView(Procedure procedure, EpiduralContent content) {
    Catalogue catalogue = content.catalogue();
    this.procedure = procedure;
    this.approaches = procedure.approaches().stream()
        .map(a -> content.index().approach(a).orElseThrow(() -> unresolved(procedure, a.code())))
        .toList();
    this.steps = resolve(catalogue, procedure, procedure.steps(), ProcedureStep.class);
    this.medications = procedure.medications().stream()
        .map(use -> new ProcedureMedication(
            one(catalogue, procedure, use.medication(), Medication.class), use.volume(), use.note()))
        .toList();
    Set<MedicationClass> classes = EnumSet.noneOf(MedicationClass.class);
    medications.forEach(m -> classes.add(m.medication().medicationClass()));
    this.medicationClasses = Collections.unmodifiableSet(classes);
    this.preparation = resolve(catalogue, procedure, procedure.preparation(), PreparationInstruction.class);
    this.indications = resolve(catalogue, procedure, procedure.indications(), Indication.class);
    this.contraindications = resolve(catalogue, procedure, procedure.contraindications(), Contraindication.class);
    this.complications = resolve(catalogue, procedure, procedure.complications(), Complication.class);
    this.aftercare = resolve(catalogue, procedure, procedure.aftercare(), AftercareInstruction.class);
    this.sources = content.sourcesOf(procedure);
  }

  private static <T extends Item> List<T> resolve(Catalogue catalogue, Procedure procedure, List<Id<T>> ids,
                                                  Class<T> type) {
    return ids.stream().map(id -> one(catalogue, procedure, id, type)).toList();
  }

  private static <T extends Item> T one(Catalogue catalogue, Procedure procedure, Id<T> id, Class<T> type) {
    return catalogue.byId(type, id.value()).orElseThrow(() -> unresolved(procedure, id.value()));
  }

  private static IllegalStateException unresolved(Procedure procedure, String target) {
    // The validator refuses a bundle with an unresolved reference, so this is a bug, not bad content.
    return new IllegalStateException("procedure '" + procedure.id() + "' refers to '" + target
        + "', which validated content should have");
  }

  /**
   * The procedure itself.
   *
   * @return the procedure
   */
  public Procedure procedure() {
    return procedure;
  }

  /**
   * The procedure's id.
   *
   * @return the id, such as {@code "lumbar-transforaminal-esi"}
   */
  public String id() {
    return procedure.id().value();
  }

  /**
   * The procedure's display name.
   *
   * @return the name
   */
  public Text name() {
    return procedure.name();
  }

  /**
   * The facts of the approaches the procedure may use: what each is and where the sources say it
   * is used.
   *
   * @return the approach facts, in the enum's order of the approaches
   */
  public List<ApproachInfo> approaches() {
    return approaches;
  }

  /**
   * The workflow steps.
   *
   * @return the steps, in the order they happen
   */
  public List<ProcedureStep> steps() {
    return steps;
  }

  /**
   * The medications the procedure uses, each with the volume and note the sources give for this
   * use.
   *
   * @return the medications, in the procedure's order
   */
  public List<ProcedureMedication> medications() {
    return medications;
  }

  /**
   * The classes of the medications the procedure uses.
   *
   * @return the classes, in the enum's order
   */
  public Set<MedicationClass> medicationClasses() {
    return medicationClasses;
  }

  /**
   * What the patient does beforehand.
   *
   * @return the preparation instructions, in the procedure's order
   */
  public List<PreparationInstruction> preparation() {
    return preparation;
  }

  /**
   * When the procedure may be considered.
   *
   * @return the indications, in the procedure's order
   */
  public List<Indication> indications() {
    return indications;
  }

  /**
   * When the procedure may be avoided or delayed.
   *
   * @return the contraindications, in the procedure's order
   */
  public List<Contraindication> contraindications() {
    return contraindications;
  }

  /**
   * The procedure's risks.
   *
   * @return the complications, in the procedure's order
   */
  public List<Complication> complications() {
    return complications;
  }

  /**
   * What happens afterwards.
   *
   * @return the aftercare instructions, in the procedure's order
   */
  public List<AftercareInstruction> aftercare() {
    return aftercare;
  }

  /**
   * The sources the procedure's own statements come from.
   *
   * @return the cited sources, in the procedure's order
   */
  public List<CitedSource> sources() {
    return sources;
  }

  /**
   * How far the procedure has been checked.
   *
   * @return the procedure's review
   */
  public Review review() {
    return procedure.review();
  }

  /**
   * Whether {@code other} is a view of an equal procedure with equal resolved items.
   *
   * @param other the object to compare with
   * @return true if both views hold equal items
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProcedureView v && parts().equals(v.parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  private List<Object> parts() {
    return List.of(procedure, approaches, steps, medications, preparation, indications, contraindications,
        complications, aftercare, sources);
  }

  /** The procedure's id, as {@code ProcedureView[lumbar-transforaminal-esi]}. */
  @Override
  public String toString() {
    return "ProcedureView[" + id() + "]";
  }
}
