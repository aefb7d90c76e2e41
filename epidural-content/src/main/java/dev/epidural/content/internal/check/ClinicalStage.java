package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.rules.Codes;
import dev.epidural.model.Approach;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Coded;
import dev.epidural.model.Coding;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clinical rules: every item cites a source; codings have the form of their system (SNOMED CT
 * with its check digit, ATC, RxNorm); one approach item per approach, and the caudal approach only
 * in lumbar and sacral regions; a procedure uses only approaches the bundle describes, in the
 * regions their facts allow; a blood patch uses autologous blood.
 *
 * <p>Reads {@link BoundBundle}: the merged entries' items, the items that could not be bound (each
 * judged on what of it binds, {@link UnboundChecks}), and whether a content file went unread, since
 * then an approach may be described where no stage can see it.
 */
public final class ClinicalStage {

  private static final Set<SpinalRegion> CAUDAL_REGIONS = EnumSet.of(SpinalRegion.LUMBAR, SpinalRegion.SACRAL);

  private final BoundBundle bundle;
  private final Problems problems;
  /** The approach items, the first of each approach. */
  private final Map<Approach, ApproachInfo> facts = new EnumMap<>(Approach.class);
  /** The medication items by id. */
  private final Map<String, Medication> medications = new HashMap<>();
  /** Approaches whose facts sit in items that could not be bound: rules on them cannot be judged. */
  private final UnboundChecks.Facts unknownFacts;

  private ClinicalStage(BoundBundle bundle, Problems problems) {
    this.bundle = bundle;
    this.problems = problems;
    this.unknownFacts = UnboundChecks.unknownFacts(bundle.unbound());
  }

  /** Runs the rules over {@code bundle}, reporting into {@code problems}. */
  public static void run(BoundBundle bundle, Problems problems) {
    new ClinicalStage(bundle, problems).run();
  }

  /** Where a rule places a problem: at a suffix of an item's pointer. */
  private interface ItemPlace {
    void add(ProblemCode code, String message, String suffix);
  }

  private void run() {
    for (Entry e : bundle.entries()) {
      if (e.item() instanceof ApproachInfo a) {
        if (facts.putIfAbsent(a.approach(), a) != null) {
          located(ProblemCode.CLIN_APPROACH_FACT, "approach '" + a.approach().code() + "' is described twice; "
              + "one item per approach states where it is used", e, "/approach");
        }
        if (a.approach() == Approach.CAUDAL && !CAUDAL_REGIONS.containsAll(a.regions())) {
          located(ProblemCode.CLIN_CAUDAL_REGION, "the caudal approach reaches only lumbar and sacral targets; "
              + "it is listed for " + codes(a.regions()), e, "/regions");
        }
      } else if (e.item() instanceof Medication med) {
        medications.put(med.id().value(), med);
      }
    }
    for (Entry e : bundle.entries()) {
      Item item = e.item();
      ItemPlace place = (code, message, suffix) -> located(code, message, e, suffix);
      if (item.sources().isEmpty()) {
        located(ProblemCode.CLIN_UNSOURCED, "item '" + item.id() + "' cites no source; every clinical item cites "
            + "at least one", e, "/sources");
      }
      List<Coding> codings = item instanceof Procedure p ? p.codings()
          : item instanceof Medication m ? m.codings() : List.of();
      for (int i = 0; i < codings.size(); i++) {
        coding(codings.get(i), i, place);
      }
      if (item instanceof Procedure p) {
        procedureRules(place, p.approaches(), p.regions(), Optional.of(p.intent()), Optional.of(p.medications()));
      }
    }
    UnboundChecks.clinical(bundle.unbound(), new UnboundChecks.Clinical() {
      @Override
      public void unsourced(UnboundItem u, String what) {
        Located.add(problems, ProblemCode.CLIN_UNSOURCED, what + " cites no source; every clinical item cites at "
            + "least one", u.file(), u.root(), u.pointer() + "/sources");
      }

      @Override
      public void coding(UnboundItem u, Coding c, int index) {
        ClinicalStage.this.coding(c, index, place(u));
      }

      @Override
      public void caudalFact(UnboundItem u, Set<SpinalRegion> regions) {
        Located.add(problems, ProblemCode.CLIN_CAUDAL_REGION, "the caudal approach reaches only lumbar and sacral "
            + "targets; it is listed for " + codes(regions), u.file(), u.root(), u.pointer() + "/regions");
      }

      @Override
      public void procedure(UnboundItem u, Set<Approach> approaches, Set<SpinalRegion> regions,
                            Optional<Intent> intent, Optional<List<MedicationUse>> uses) {
        procedureRules(place(u), approaches, regions, intent, uses);
      }
    });
  }

  private ItemPlace place(UnboundItem u) {
    return (code, message, suffix) -> Located.add(problems, code, message, u.file(), u.root(), u.pointer() + suffix);
  }

  /**
   * The rules of a procedure's approaches, regions and medications. An intent or medications that
   * could not be read (empty) leave the blood-patch rule unjudged, as do approaches whose facts
   * could not be read.
   */
  private void procedureRules(ItemPlace at, Set<Approach> approaches, Set<SpinalRegion> regions,
                              Optional<Intent> intent, Optional<List<MedicationUse>> uses) {
    for (Approach a : approaches) {
      if (a == Approach.CAUDAL && !CAUDAL_REGIONS.containsAll(regions)) {
        at.add(ProblemCode.CLIN_CAUDAL_REGION, "approach 'caudal' reaches only lumbar and sacral targets; "
            + "the procedure is in " + codes(regions), "/approaches");
        continue;
      }
      ApproachInfo fact = facts.get(a);
      if (fact == null) {
        // Facts in an item that could not be bound, or in a file that could not be read, may describe it.
        if (!unknownFacts.mayDescribe(a) && !bundle.someFileUnread()) {
          at.add(ProblemCode.CLIN_APPROACH_FACT, "approach '" + a.code() + "' is not described in the bundle, so "
              + "no cited fact says where it is used", "/approaches");
        }
        continue;
      }
      for (SpinalRegion r : regions) {
        if (!fact.regions().contains(r)) {
          List<String> allowed = facts.values().stream().filter(f -> f.regions().contains(r))
              .map(f -> f.approach().code()).sorted().toList();
          at.add(ProblemCode.CLIN_APPROACH_REGION, "approach '" + a.code() + "' is not used in region '" + r.code()
              + "'; the bundle allows " + allowed, "/approaches");
        }
      }
    }
    if (intent.isPresent() && intent.get() == Intent.BLOOD_PATCH && uses.isPresent()) {
      List<MedicationUse> used = uses.get();
      // A medication that is not a bound medication item is reported as such (unresolved, or
      // failing its own shape); what class it is cannot be told, so the rule is not judged.
      boolean judged = used.stream().allMatch(u -> medications.containsKey(u.medication().value()));
      boolean blood = used.stream().map(MedicationUse::medication)
          .map(id -> medications.get(id.value()))
          .anyMatch(med -> med != null && med.medicationClass() == MedicationClass.AUTOLOGOUS_BLOOD);
      if (!blood && judged) {
        at.add(ProblemCode.CLIN_BLOOD_PATCH, "a blood-patch procedure must use a medication of class "
            + "'autologous-blood'; it uses " + used.stream().map(u -> u.medication().value()).toList(),
            "/medications");
      }
    }
  }

  /** The rules of the {@code i}-th coding of an item. */
  private void coding(Coding c, int i, ItemPlace place) {
    String at = "/codings/" + i + "/code";
    switch (c.system()) {
      case Coding.SNOMED_CT -> {
        if (!Codes.isSnomedId(c.code())) {
          place.add(ProblemCode.CLIN_SNOMED, "SNOMED CT id '" + Messages.clip(c.code()) + "' is not valid: it must be 6 "
              + "to 18 digits without a leading zero and pass the Verhoeff check digit", at);
        }
      }
      case Coding.ATC -> {
        if (!Codes.isAtc(c.code())) {
          place.add(ProblemCode.CLIN_ATC, "ATC code '" + Messages.clip(c.code()) + "' does not have the form of an ATC "
              + "code (such as N01BB or N01BB01)", at);
        }
      }
      case Coding.RXNORM -> {
        if (!Codes.isRxcui(c.code())) {
          place.add(ProblemCode.CLIN_RXNORM, "RxNorm code '" + Messages.clip(c.code()) + "' is not a positive whole "
              + "number", at);
        }
      }
      default -> { }
    }
  }

  private static String codes(Set<? extends Coded> values) {
    return values.stream().map(Coded::code).collect(Collectors.toList()).toString();
  }

  private void located(ProblemCode code, String message, Entry e, String suffix) {
    Located.add(problems, code, message, e.file(), e.root(), e.pointer() + suffix);
  }
}
