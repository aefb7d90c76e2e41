package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public table of problem codes: what a program matches a report against. */
class ProblemCodeTest {

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void eachCodeIsFoundByItsSpelling(ProblemCode code) {
    assertThat(code.code()).matches("EPI-[A-Z0-9]+-\\d{3}");
    assertThat(code.meaning()).isNotBlank();
    assertThat(ProblemCode.of(code.code())).contains(code);
  }

  @Test
  void noTwoConstantsShareACode() {
    assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::code)).doesNotHaveDuplicates();
  }

  @Test
  void aCodeOfNoConstantIsEmptyAndTheLookupIsExact() {
    assertThat(ProblemCode.of("EPI-REF-999")).isEmpty();
    assertThat(ProblemCode.of("epi-ref-002")).isEmpty();
    assertThat(ProblemCode.of(" EPI-REF-002")).isEmpty();
    assertThat(ProblemCode.of("EPI-REF-002")).contains(ProblemCode.REF_UNRESOLVED);
    assertThatThrownBy(() -> ProblemCode.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aProblemIsItsCode() {
    Problem p = new Problem("EPI-REF-002", Severity.ERROR, "broken", "procedures.json", "/procedures/0",
        OptionalInt.of(3), OptionalInt.of(7));

    assertThat(p.is(ProblemCode.REF_UNRESOLVED)).isTrue();
    assertThat(p.is(ProblemCode.REF_DUPLICATE_ID)).isFalse();
    assertThatThrownBy(() -> p.is(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReportIsMatchedWithoutSpellingACode(@TempDir Path tmp) {
    ValidationReport report = EpiduralContent.loader()
        .from(Fixtures.patched(Fixtures.resource("invalid/ref-unresolved"), tmp.resolve("b"))).validate();

    assertThat(report.problems()).isNotEmpty().allSatisfy(p -> {
      ProblemCode code = ProblemCode.of(p.code()).orElseThrow();
      assertThat(p.is(code)).isTrue();
      assertThat(p.severity()).isEqualTo(code.severity());
    });
    assertThat(report.problems()).anyMatch(p -> p.is(ProblemCode.REF_UNRESOLVED));
  }
}
