package dev.epidural.model;

import java.util.List;

/**
 * A content item: anything a bundle holds that has an identifier, cites its sources and carries
 * review information. Every implementation is an immutable record.
 */
public sealed interface Item
    permits AnatomyFact,
        RegionInfo,
        ApproachInfo,
        IntentInfo,
        Purpose,
        GuidanceInfo,
        Medication,
        Procedure,
        Indication,
        Contraindication,
        ProcedureStep,
        PreparationInstruction,
        EpidurographyFinding,
        Complication,
        AftercareInstruction,
        LongevityFactor,
        Consideration,
        Alternative,
        FaqEntry {

  /**
   * The item's identifier, unique within its bundle.
   *
   * @return the identifier
   */
  Id<? extends Item> id();

  /**
   * The sources the item's statements come from.
   *
   * @return an immutable list, empty only for items that make no clinical statement
   */
  List<Citation> sources();

  /**
   * How far the item has been checked.
   *
   * @return the review information
   */
  Review review();
}
