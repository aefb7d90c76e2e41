package dev.epidural.content.export;

import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Approach;
import dev.epidural.model.Complication;
import dev.epidural.model.Contraindication;
import dev.epidural.model.Id;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Indication;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.SpinalRegion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A procedure with the items it references resolved, in the procedure's order. */
final class ProcedureView {

  private final ExportContent content;
  private final Procedure procedure;

  ProcedureView(ExportContent content, Procedure procedure) {
    this.content = content;
    this.procedure = procedure;
  }

  /** Every id a procedure references, with the kind it must name, in a fixed order. */
  static void referencedIds(Procedure procedure, Map<Id<?>, Class<? extends Item>> into) {
    procedure.steps().forEach(id -> into.put(id, ProcedureStep.class));
    procedure.preparation().forEach(id -> into.put(id, PreparationInstruction.class));
    procedure.medications().forEach(use -> into.put(use.medication(), Medication.class));
    procedure.indications().forEach(id -> into.put(id, Indication.class));
    procedure.contraindications().forEach(id -> into.put(id, Contraindication.class));
    procedure.complications().forEach(id -> into.put(id, Complication.class));
    procedure.aftercare().forEach(id -> into.put(id, AftercareInstruction.class));
  }

  Procedure procedure() {
    return procedure;
  }

  List<ProcedureStep> steps() {
    return procedure.steps().stream().map(id -> content.resolve(ProcedureStep.class, id)).toList();
  }

  List<PreparationInstruction> preparation() {
    return procedure.preparation().stream().map(id -> content.resolve(PreparationInstruction.class, id)).toList();
  }

  List<Indication> indications() {
    return procedure.indications().stream().map(id -> content.resolve(Indication.class, id)).toList();
  }

  List<Contraindication> contraindications() {
    return procedure.contraindications().stream().map(id -> content.resolve(Contraindication.class, id)).toList();
  }

  List<Complication> complications() {
    return procedure.complications().stream().map(id -> content.resolve(Complication.class, id)).toList();
  }

  List<AftercareInstruction> aftercare() {
    return procedure.aftercare().stream().map(id -> content.resolve(AftercareInstruction.class, id)).toList();
  }

  List<MedicationUse> medicationUses() {
    return procedure.medications();
  }

  Medication medication(MedicationUse use) {
    return content.medication(use);
  }

  /** The display name of a region: its region fact's name, else its code. */
  String regionName(SpinalRegion region, ExportOptions options) {
    return content.regionInfo(region).map(r -> options.resolve(r.name())).orElse(region.code());
  }

  /** The display name of an approach: its approach fact's name, else its code. */
  String approachName(Approach approach, ExportOptions options) {
    return content.approachInfo(approach).map(a -> options.resolve(a.name())).orElse(approach.code());
  }

  /** The display name of a guidance option: its guidance fact's name, else its code. */
  String guidanceName(ImagingGuidance guidance, ExportOptions options) {
    return content.guidanceInfo(guidance).map(g -> options.resolve(g.name())).orElse(guidance.code());
  }

  /**
   * Every item whose text a page about the procedure shows: the procedure, the items it references,
   * and the region, approach and guidance facts that name its regions, approaches and guidance.
   */
  List<Item> shownItems() {
    Set<Item> shown = new LinkedHashSet<>();
    shown.add(procedure);
    procedure.regions().forEach(r -> content.regionInfo(r).ifPresent(shown::add));
    procedure.approaches().forEach(a -> content.approachInfo(a).ifPresent(shown::add));
    procedure.guidance().forEach(g -> content.guidanceInfo(g).ifPresent(shown::add));
    shown.addAll(steps());
    shown.addAll(preparation());
    procedure.medications().forEach(use -> shown.add(medication(use)));
    shown.addAll(indications());
    shown.addAll(contraindications());
    shown.addAll(complications());
    shown.addAll(aftercare());
    return new ArrayList<>(shown);
  }

  /** The items the procedure references, without the procedure itself, in reference order. */
  List<Item> referencedItems() {
    Set<Item> referenced = new LinkedHashSet<>();
    referenced.addAll(steps());
    referenced.addAll(preparation());
    procedure.medications().forEach(use -> referenced.add(medication(use)));
    referenced.addAll(indications());
    referenced.addAll(contraindications());
    referenced.addAll(complications());
    referenced.addAll(aftercare());
    referenced.remove(procedure);
    return new ArrayList<>(referenced);
  }
}
