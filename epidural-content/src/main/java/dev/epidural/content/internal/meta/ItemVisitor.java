package dev.epidural.content.internal.meta;

import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Alternative;
import dev.epidural.model.AnatomyFact;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Complication;
import dev.epidural.model.Consideration;
import dev.epidural.model.Contraindication;
import dev.epidural.model.EpidurographyFinding;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Indication;
import dev.epidural.model.IntentInfo;
import dev.epidural.model.LongevityFactor;
import dev.epidural.model.Medication;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Purpose;
import dev.epidural.model.RegionInfo;

/**
 * Something done differently for each kind of item, one method a kind, called through
 * {@link Kind#accept}. No default methods on purpose: an implementation that misses a kind does not
 * compile.
 *
 * @param <R> what each method gives
 */
public interface ItemVisitor<R> {
  R anatomy(AnatomyFact item);

  R region(RegionInfo item);

  R approach(ApproachInfo item);

  R intent(IntentInfo item);

  R purpose(Purpose item);

  R guidance(GuidanceInfo item);

  R medication(Medication item);

  R procedure(Procedure item);

  R indication(Indication item);

  R contraindication(Contraindication item);

  R step(ProcedureStep item);

  R preparation(PreparationInstruction item);

  R epidurography(EpidurographyFinding item);

  R complication(Complication item);

  R aftercare(AftercareInstruction item);

  R longevityFactor(LongevityFactor item);

  R consideration(Consideration item);

  R alternative(Alternative item);

  R faq(FaqEntry item);
}
