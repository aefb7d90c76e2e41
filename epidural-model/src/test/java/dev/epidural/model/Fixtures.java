package dev.epidural.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Valid, fully populated instances of every model record: every optional present, every collection
 * non-empty, every text with both audience variants. Tests derive invalid or edge cases from these
 * by changing one thing, so that each test shows the effect of that one change.
 */
final class Fixtures {

  static final LocalDate LAST_REVIEWED = LocalDate.of(2026, 1, 15);
  static final LocalDate NEXT_REVIEW = LocalDate.of(2027, 1, 15);

  private static final Map<Class<? extends Record>, Supplier<? extends Record>> RECORDS = records();

  private Fixtures() {}

  /** A valid, fully populated instance of {@code type}. */
  static <R extends Record> R valid(Class<R> type) {
    Supplier<? extends Record> supplier = RECORDS.get(type);
    if (supplier == null) {
      throw new AssertionError("Fixtures has no instance of " + type.getName() + "; add one to Fixtures.records()");
    }
    return type.cast(supplier.get());
  }

  /** The record types Fixtures can build. */
  static Set<Class<? extends Record>> recordTypes() {
    return RECORDS.keySet();
  }

  /** A set that iterates in the order given, to show that records do not keep that order. */
  @SafeVarargs
  static <E> Set<E> inGivenOrder(E... elements) {
    return new java.util.LinkedHashSet<>(List.of(elements));
  }

  /** A text with both audience variants. */
  static Text text(String general) {
    return Text.of(general)
        .withPatient(general + " (in plain words)")
        .withClinician(general + " (in clinical terms)");
  }

  /**
   * A text whose general text is blank while both variants are valid, so that validation reports
   * the general text alone.
   */
  static Text blankText() {
    return new Text(" ", Optional.of("for patients"), Optional.of("for clinicians"));
  }

  static Citation citation() {
    return Citation.of("example-esi-review", "abstract: routes by region");
  }

  static Reviewer reviewer() {
    return Reviewer.of("Dr. Ada Example", "consultant anaesthetist");
  }

  static ReviewedItem reviewedItem() {
    return ReviewedItem.of("proc-lumbar-tfesi", "sha256:" + "0123456789abcdef".repeat(4));
  }

  static SignOff signOff() {
    return new SignOff(Id.of("review-2026-01"), reviewer(), LAST_REVIEWED, ReviewDecision.APPROVED,
        Optional.of(NEXT_REVIEW), Optional.of("Checked against the cited sources."), List.of(reviewedItem()));
  }

  static Review review() {
    return new Review(ReviewStatus.SOURCED, Optional.of(LAST_REVIEWED), Optional.of(NEXT_REVIEW));
  }

  static Source source() {
    return new Source(
        Id.of("example-esi-review"),
        "Epidural steroid injections: routes and techniques",
        "Example Radiology Society",
        Optional.of("https://example.org/esi-review"),
        Optional.of("10.5555/esi.2017.001"),
        Optional.of(LocalDate.of(2017, 3, 1)));
  }

  static Coding coding() {
    return Coding.of(Coding.SNOMED_CT, "18946005", "Epidural anesthesia");
  }

  static QuantityRange quantityRange() {
    return new QuantityRange(20.0, 25.0, "mL");
  }

  static MedicationUse medicationUse() {
    return new MedicationUse(
        Id.of("corticosteroid"),
        Optional.of(new QuantityRange(1.0, 3.0, "mL")),
        Optional.of(text("Mixed with a local anesthetic")));
  }

  static LocalizedText localizedText() {
    return LocalizedText.of("The epidural space lies inside the spinal canal.", Locale.ENGLISH);
  }

  static Id<Procedure> id() {
    return Id.of("lumbar-transforaminal-esi");
  }

  static AnatomyFact anatomyFact() {
    return new AnatomyFact(
        Id.of("epidural-space-contents"),
        AnatomyTopic.CONTENTS,
        Optional.of(AnatomicalLayer.EPIDURAL_SPACE),
        text("What the epidural space holds"),
        text("The epidural space holds fat, blood vessels and nerve roots."),
        List.of(text("Fat"), text("Blood vessels"), text("Nerve roots")),
        List.of(citation()),
        review());
  }

  static RegionInfo regionInfo() {
    return new RegionInfo(
        Id.of("lumbar-region"),
        SpinalRegion.LUMBAR,
        text("Lumbar"),
        text("Lower back and leg pain"),
        List.of(citation()),
        review());
  }

  static ApproachInfo approachInfo() {
    return new ApproachInfo(
        Id.of("transforaminal-approach"),
        Approach.TRANSFORAMINAL,
        text("Transforaminal"),
        text("Places medication near a nerve root where it leaves the spine."),
        Set.of(SpinalRegion.LUMBAR, SpinalRegion.CERVICAL, SpinalRegion.THORACIC),
        List.of(citation()),
        review());
  }

  static IntentInfo intentInfo() {
    return new IntentInfo(
        Id.of("therapeutic-intent"),
        Intent.THERAPEUTIC,
        text("Therapeutic"),
        text("Reduces pain and inflammation."),
        List.of(citation()),
        review());
  }

  static Purpose purpose() {
    return new Purpose(
        Id.of("pain-relief"),
        text("Pain relief"),
        text("Medication placed in the epidural space can relieve pain."),
        Set.of(Intent.THERAPEUTIC, Intent.ANESTHETIC_ANALGESIC),
        List.of(citation()),
        review());
  }

  static GuidanceInfo guidanceInfo() {
    return new GuidanceInfo(
        Id.of("fluoroscopy-guidance"),
        ImagingGuidance.FLUOROSCOPY,
        text("Fluoroscopy"),
        text("Live X-ray shows where the needle goes."),
        List.of(citation()),
        review());
  }

  static Medication medication() {
    return new Medication(
        Id.of("corticosteroid"),
        MedicationClass.CORTICOSTEROID,
        text("Corticosteroid"),
        text("Aims to reduce inflammation around the nerve."),
        Optional.of(text("Within a few days")),
        Optional.of(text("Weeks to months")),
        Optional.of(text("Cannot be reversed once given")),
        List.of(coding()),
        List.of(citation()),
        review());
  }

  static Procedure procedure() {
    return new Procedure(
        id(),
        text("Lumbar transforaminal epidural steroid injection"),
        text("A needle places medication near an irritated nerve root."),
        Intent.THERAPEUTIC,
        Set.of(SpinalRegion.SACRAL, SpinalRegion.LUMBAR),
        Set.of(Approach.TRANSFORAMINAL, Approach.INTERLAMINAR),
        Set.of(ImagingGuidance.LANDMARK, ImagingGuidance.FLUOROSCOPY),
        Set.of(DeliveryMode.SINGLE_INJECTION),
        List.of(medicationUse(), MedicationUse.of("local-anesthetic")),
        List.of(Id.of("clean-the-skin"), Id.of("confirm-needle-position")),
        List.of(Id.of("arrange-a-driver")),
        List.of(Id.of("radicular-pain")),
        List.of(Id.of("local-infection")),
        List.of(Id.of("dural-puncture")),
        List.of(Id.of("watch-for-leg-weakness")),
        List.of(coding()),
        List.of(citation()),
        review());
  }

  static Indication indication() {
    return new Indication(
        Id.of("radicular-pain"),
        text("Pain spreading along a nerve"),
        Optional.of(text("When conservative care has not helped")),
        Set.of(Intent.THERAPEUTIC, Intent.DIAGNOSTIC),
        List.of(citation()),
        review());
  }

  static Contraindication contraindication() {
    return new Contraindication(
        Id.of("bleeding-risk"),
        text("A raised risk of bleeding"),
        Optional.of(text("Depends on the medication and its timing")),
        Set.of("anticoagulant-use", "bleeding-disorder"),
        List.of(citation()),
        review());
  }

  static ProcedureStep procedureStep() {
    return new ProcedureStep(
        Id.of("confirm-needle-position"),
        WorkflowPhase.INTERVENTION,
        text("Confirm the needle position"),
        text("Contrast shows whether the needle tip is in the epidural space."),
        List.of(citation()),
        review());
  }

  static PreparationInstruction preparationInstruction() {
    return new PreparationInstruction(
        Id.of("arrange-a-driver"),
        text("Arrange for someone to drive you home."),
        List.of(citation()),
        review());
  }

  static EpidurographyFinding epidurographyFinding() {
    return new EpidurographyFinding(
        Id.of("true-epidurogram"),
        text("Contrast spreads along the nerve root"),
        NeedlePlacement.CORRECT,
        text("The needle tip is in the epidural space."),
        List.of(citation()),
        review());
  }

  static Complication complication() {
    return new Complication(
        Id.of("dural-puncture"),
        text("Dural puncture"),
        Optional.of(text("The needle passes through the dura; a headache may follow.")),
        List.of(citation()),
        review());
  }

  static AftercareInstruction aftercareInstruction() {
    return new AftercareInstruction(
        Id.of("watch-for-leg-weakness"),
        text("Report new leg weakness at once."),
        Set.of(Intent.THERAPEUTIC, Intent.DIAGNOSTIC),
        List.of(citation()),
        review());
  }

  static LongevityFactor longevityFactor() {
    return new LongevityFactor(
        Id.of("cause-of-pain"),
        text("The cause of the pain"),
        Optional.of(text("Relief tends to last longer for some causes than others.")),
        List.of(citation()),
        review());
  }

  static Consideration consideration() {
    return new Consideration(
        Id.of("avoids-surgery"),
        ConsiderationKind.BENEFIT,
        text("May delay or avoid surgery for some patients."),
        List.of(citation()),
        review());
  }

  static Alternative alternative() {
    return new Alternative(
        Id.of("physical-therapy"),
        text("Physical therapy"),
        text("Exercises that strengthen and stretch the back."),
        List.of(citation()),
        review());
  }

  static FaqEntry faqEntry() {
    return new FaqEntry(
        Id.of("does-it-hurt"),
        text("Does the injection hurt?"),
        text("The skin is numbed first; pressure is common."),
        List.of(citation()),
        review());
  }

  private static Map<Class<? extends Record>, Supplier<? extends Record>> records() {
    Map<Class<? extends Record>, Supplier<? extends Record>> records = new LinkedHashMap<>();
    records.put(Id.class, Fixtures::id);
    records.put(Text.class, () -> text("The epidural space lies inside the spinal canal."));
    records.put(LocalizedText.class, Fixtures::localizedText);
    records.put(Citation.class, Fixtures::citation);
    records.put(Source.class, Fixtures::source);
    records.put(Coding.class, Fixtures::coding);
    records.put(Review.class, Fixtures::review);
    records.put(Reviewer.class, Fixtures::reviewer);
    records.put(ReviewedItem.class, Fixtures::reviewedItem);
    records.put(SignOff.class, Fixtures::signOff);
    records.put(QuantityRange.class, Fixtures::quantityRange);
    records.put(MedicationUse.class, Fixtures::medicationUse);
    records.put(AnatomyFact.class, Fixtures::anatomyFact);
    records.put(RegionInfo.class, Fixtures::regionInfo);
    records.put(ApproachInfo.class, Fixtures::approachInfo);
    records.put(IntentInfo.class, Fixtures::intentInfo);
    records.put(Purpose.class, Fixtures::purpose);
    records.put(GuidanceInfo.class, Fixtures::guidanceInfo);
    records.put(Medication.class, Fixtures::medication);
    records.put(Procedure.class, Fixtures::procedure);
    records.put(Indication.class, Fixtures::indication);
    records.put(Contraindication.class, Fixtures::contraindication);
    records.put(ProcedureStep.class, Fixtures::procedureStep);
    records.put(PreparationInstruction.class, Fixtures::preparationInstruction);
    records.put(EpidurographyFinding.class, Fixtures::epidurographyFinding);
    records.put(Complication.class, Fixtures::complication);
    records.put(AftercareInstruction.class, Fixtures::aftercareInstruction);
    records.put(LongevityFactor.class, Fixtures::longevityFactor);
    records.put(Consideration.class, Fixtures::consideration);
    records.put(Alternative.class, Fixtures::alternative);
    records.put(FaqEntry.class, Fixtures::faqEntry);
    return java.util.Collections.unmodifiableMap(records);
  }
}
