package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.model.Citation;
import dev.epidural.model.Coding;
import dev.epidural.model.Contraindication;
import dev.epidural.model.DeliveryMode;
import dev.epidural.model.Id;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Intent;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.QuantityRange;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import dev.epidural.model.Text;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ShapeCheck} passes a record exactly when Hibernate Validator finds no violation in it, on
 * records built from values at and around every constraint's edge. The loader relies on the first
 * half (it never passes a record Hibernate Validator would refuse); the second keeps the fast path
 * useful.
 */
class ShapeCheckProperties {

  /** The loader's validator: Hibernate Validator, with sizes of strings in code points. */
  private static final Validator HV = CodePointSize.validator();

  private static final Review REVIEW = Review.of(ReviewStatus.SOURCED);

  private static Arbitrary<String> strings() {
    return Arbitraries.of("", " ", "  ", "\t", "\n", "\u2003", "\u00a0", "\u001f", "\u3000", "\u0085", "\u200b", "\u2028", "\u000b", "\f", "\r",
        " \r\n\f\u000b\t", "\ud83d\ude00", "\ud83d", "a", " a ", "x",
        "x".repeat(299), "x".repeat(300), "x".repeat(301), "x".repeat(3999), "x".repeat(4000), "x".repeat(4001),
        // Astral characters at the edges: sizes count code points, as JSON Schema's maxLength does.
        "\ud83d\ude00".repeat(150), "\ud83d\ude00".repeat(300), "\ud83d\ude00".repeat(301),
        "x".repeat(299) + "\ud83d\ude00", "x".repeat(300) + "\ud83d\ude00",
        "\ud83d\ude00".repeat(2000), "\ud83d\ude00".repeat(4000), "\ud83d\ude00".repeat(4001),
        "x".repeat(3999) + "\ud83d\ude00", "x".repeat(4000) + "\ud83d\ude00",
        "https://example.org/a", "http://x", "https://x y", "ftp://x", "10.1148/rg.2017160043", "10.12/x",
        "10.1148/", "lumbar", "Not Kebab", "a--b", "local-infection", "ünïcode", "e\u0301");
  }

  private static Arbitrary<Text> texts() {
    return Combinators.combine(strings(), strings().optional(), strings().optional()).as(Text::new);
  }

  private static Arbitrary<List<Citation>> citations() {
    return strings().map(locator -> new Citation(Id.of("src-a"), locator)).list().ofMaxSize(3);
  }

  @Property(tries = 400)
  void textsAgree(@ForAll("textValues") Text text) {
    agree(text);
  }

  @Provide
  Arbitrary<Text> textValues() {
    return texts();
  }

  @Property(tries = 300)
  void sourcesAgree(@ForAll("sourceValues") Source source) {
    agree(source);
  }

  @Provide
  Arbitrary<Source> sourceValues() {
    return Combinators.combine(strings(), strings(), strings().optional(), strings().optional())
        .as((title, publisher, url, doi) -> new Source(Id.of("src-a"), title, publisher, url, doi,
            Optional.of(LocalDate.of(2026, 1, 1))));
  }

  @Property(tries = 300)
  void contraindicationsAgree(@ForAll("contraindicationValues") Contraindication c) {
    agree(c);
  }

  @Provide
  Arbitrary<Contraindication> contraindicationValues() {
    return Combinators.combine(texts(), texts().optional(), strings().set().ofMaxSize(3), citations())
        .as((name, note, factors, cites) -> new Contraindication(Id.of("ci-a"), name, note, factors, cites, REVIEW));
  }

  @Property(tries = 300)
  void proceduresAgree(@ForAll("procedureValues") Procedure p) {
    agree(p);
  }

  @Provide
  Arbitrary<Procedure> procedureValues() {
    Arbitrary<Set<SpinalRegion>> regions = Arbitraries.of(SpinalRegion.class).set().ofMaxSize(2);
    Arbitrary<QuantityRange> volumes = Combinators.combine(
        Arbitraries.of(-1.0, -0.0, 0.0, 20.0), Arbitraries.of(0.0, 25.0), strings())
        .filter((low, high, unit) -> high >= low)
        .as(QuantityRange::new);
    Arbitrary<MedicationUse> uses = Combinators.combine(volumes.optional(), texts().optional())
        .as((v, note) -> new MedicationUse(Id.of("med-a"), v, note));
    Arbitrary<Coding> codings = Combinators.combine(strings(), strings(), strings()).as(Coding::new);
    return Combinators.combine(texts(), texts(), regions, uses.list().ofMaxSize(2), codings.list().ofMaxSize(2),
        citations())
        .as((name, summary, rs, meds, codes, cites) -> new Procedure(Id.of("p-a"), name, summary, Intent.DIAGNOSTIC,
            rs, Set.of(), Set.of(ImagingGuidance.FLUOROSCOPY), Set.of(DeliveryMode.SINGLE_INJECTION), meds,
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), codes, cites, REVIEW));
  }

  @Property(tries = 200)
  void manifestsAgree(@ForAll("manifestValues") Manifest m) {
    agree(m);
  }

  @Provide
  Arbitrary<Manifest> manifestValues() {
    return Combinators.combine(strings(), strings(), strings().list().ofMaxSize(2), sourceValues().list().ofMaxSize(2))
        .as((version, title, files, sources) -> new Manifest(1, Id.of("m"), version, title, "en", "P", "CC0-1.0",
            Optional.of(REVIEW), sources, files, List.of(), List.of(), List.of()));
  }

  private static void agree(Object record) {
    boolean valid = HV.validate(record).isEmpty();

    assertThat(ShapeCheck.passes(record)).as("%s: Hibernate Validator says valid = %s", record, valid)
        .isEqualTo(valid);
  }
}
