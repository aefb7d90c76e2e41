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

/**
 * The per-kind table: every kind of item a content file may hold, with its JSON property name, its
 * model record and that record's description. Code that does something different for each kind goes
 * through {@link #accept}, an exhaustive switch: a new constant here fails the build in
 * {@link #accept}, and a new {@link ItemVisitor} method fails it in every exporter that lacks one, so
 * a new kind can never render as nothing.
 */
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

  /** The record's compiled description. */
  public RecordType description() {
    return RecordType.of(type);
  }

  /** The property of the item's heading: its first component that always holds a text. */
  public String heading() {
    return description().heading().orElseThrow(() -> new IllegalStateException("no text in " + type)).name();
  }

  /** The item's kind. */
  public static Kind of(Item item) {
    return of(item.getClass());
  }

  /**
   * Hands {@code item}, which must be of this kind, to the visitor's method for this kind.
   *
   * @throws ClassCastException if the item is of another kind
   */
  public <R> R accept(Item item, ItemVisitor<R> visitor) {
    return switch (this) {
      case ANATOMY -> visitor.anatomy((AnatomyFact) item);
      case REGIONS -> visitor.region((RegionInfo) item);
      case APPROACHES -> visitor.approach((ApproachInfo) item);
      case INTENTS -> visitor.intent((IntentInfo) item);
      case PURPOSES -> visitor.purpose((Purpose) item);
      case GUIDANCE -> visitor.guidance((GuidanceInfo) item);
      case MEDICATIONS -> visitor.medication((Medication) item);
      case PROCEDURES -> visitor.procedure((Procedure) item);
      case INDICATIONS -> visitor.indication((Indication) item);
      case CONTRAINDICATIONS -> visitor.contraindication((Contraindication) item);
      case STEPS -> visitor.step((ProcedureStep) item);
      case PREPARATION -> visitor.preparation((PreparationInstruction) item);
      case EPIDUROGRAPHY -> visitor.epidurography((EpidurographyFinding) item);
      case COMPLICATIONS -> visitor.complication((Complication) item);
      case AFTERCARE -> visitor.aftercare((AftercareInstruction) item);
      case LONGEVITY_FACTORS -> visitor.longevityFactor((LongevityFactor) item);
      case CONSIDERATIONS -> visitor.consideration((Consideration) item);
      case ALTERNATIVES -> visitor.alternative((Alternative) item);
      case FAQ -> visitor.faq((FaqEntry) item);
    };
  }

  /** Hands {@code item} to the visitor's method for its kind. */
  public static <R> R visit(Item item, ItemVisitor<R> visitor) {
    return of(item.getClass()).accept(item, visitor);
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
