package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Approach;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Intent;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Query composition: the order of the steps never matters, and the answer is their conjunction. */
class ProcedureQueryProperties {

  private final EpiduralContent content = ApiFixtures.clinic();

  /** One filter step, applied through the API and, independently, as a plain predicate. */
  private record Step(String name, Object value) {
    ProcedureQuery apply(ProcedureQuery q) {
      return switch (name) {
        case "inRegion" -> q.inRegion((SpinalRegion) value);
        case "via" -> q.via((Approach) value);
        case "forIntent" -> q.forIntent((Intent) value);
        default -> q.guidedBy((ImagingGuidance) value);
      };
    }

    Predicate<Procedure> predicate() {
      return p -> switch (name) {
        case "inRegion" -> p.regions().contains(value);
        case "via" -> p.approaches().contains(value);
        case "forIntent" -> p.intent() == value;
        default -> p.guidance().contains(value);
      };
    }
  }

  @Provide
  Arbitrary<Step> steps() {
    return Arbitraries.oneOf(
        Arbitraries.of(SpinalRegion.class).map(r -> new Step("inRegion", r)),
        Arbitraries.of(Approach.class).map(a -> new Step("via", a)),
        Arbitraries.of(Intent.class).map(i -> new Step("forIntent", i)),
        Arbitraries.of(ImagingGuidance.class).map(g -> new Step("guidedBy", g)));
  }

  private ProcedureQuery apply(List<Step> steps) {
    ProcedureQuery q = content.procedures();
    for (Step s : steps) {
      q = s.apply(q);
    }
    return q;
  }

  @Property
  void theOrderOfStepsDoesNotMatter(@ForAll @Size(max = 5) List<@From("steps") Step> steps,
                                    @ForAll Random random) {
    List<Step> shuffled = new ArrayList<>(steps);
    Collections.shuffle(shuffled, random);

    ProcedureQuery a = apply(steps);
    ProcedureQuery b = apply(shuffled);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.list()).isEqualTo(b.list());
  }

  @Property
  void inThenViaEqualsViaThenIn(@ForAll SpinalRegion region, @ForAll Approach approach) {
    ProcedureQuery a = content.procedures().inRegion(region).via(approach);
    ProcedureQuery b = content.procedures().via(approach).inRegion(region);

    assertThat(a).isEqualTo(b);
    assertThat(a.list()).isEqualTo(b.list());
  }

  @Property
  void theAnswerIsTheProceduresPassingEveryStep(@ForAll @Size(max = 4) List<@From("steps") Step> steps) {
    Predicate<Procedure> all = p -> steps.stream().allMatch(s -> s.predicate().test(p));

    assertThat(apply(steps).list()).isEqualTo(content.all(Procedure.class).stream().filter(all).toList());
  }

  @Property
  void repeatingAStepChangesNothing(@ForAll @Size(min = 1, max = 4) List<@From("steps") Step> steps) {
    List<Step> twice = new ArrayList<>(steps);
    twice.addAll(steps);

    assertThat(apply(twice)).isEqualTo(apply(steps));
  }
}
