package dev.epidural.content.internal;

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
import dev.epidural.model.Item;
import dev.epidural.model.LongevityFactor;
import dev.epidural.model.Medication;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Purpose;
import dev.epidural.model.RegionInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of item a content file may hold: the JSON property name and the model record. */
public enum Kind {
  ANATOMY("anatomy", AnatomyFact.class),
  REGIONS("regions", RegionInfo.class),
  APPROACHES("approaches", ApproachInfo.class),
  INTENTS("intents", IntentInfo.class),
  PURPOSES("purposes", Purpose.class),
  GUIDANCE("guidance", GuidanceInfo.class),
  MEDICATIONS("medications", Medication.class),
  PROCEDURES("procedures", Procedure.class),
  INDICATIONS("indications", Indication.class),
  CONTRAINDICATIONS("contraindications", Contraindication.class),
  STEPS("steps", ProcedureStep.class),
  PREPARATION("preparation", PreparationInstruction.class),
  EPIDUROGRAPHY("epidurography", EpidurographyFinding.class),
  COMPLICATIONS("complications", Complication.class),
  AFTERCARE("aftercare", AftercareInstruction.class),
  LONGEVITY_FACTORS("longevityFactors", LongevityFactor.class),
  CONSIDERATIONS("considerations", Consideration.class),
  ALTERNATIVES("alternatives", Alternative.class),
  FAQ("faq", FaqEntry.class);

  private final String property;
  private final Class<? extends Item> type;

  Kind(String property, Class<? extends Item> type) {
    this.property = property;
    this.type = type;
  }

  /** The property name in content files, such as {@code "procedures"}. */
  public String property() {
    return property;
  }

  /** The model record. */
  public Class<? extends Item> type() {
    return type;
  }

  /** The kind with this property name. */
  public static Optional<Kind> ofProperty(String property) {
    for (Kind k : KINDS) {
      if (k.property.equals(property)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The constants, held once: {@code values()} copies its array at every call. */
  private static final Kind[] KINDS = values();

  /** The kind of this record type. */
  public static Kind of(Class<?> type) {
    for (Kind k : KINDS) {
      if (k.type == type) {
        return k;
      }
    }
    throw new IllegalArgumentException("not an item type: " + type);
  }

  /** Every property name, in declaration order. */
  public static List<String> properties() {
    return Arrays.stream(values()).map(Kind::property).toList();
  }
}
