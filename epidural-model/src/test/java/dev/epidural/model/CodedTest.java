package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared helpers every enum's {@code of} and the validator's messages rely on. */
class CodedTest {

  /** A two-word enum declared here, so these tests do not depend on the model's vocabulary. */
  enum DosageForm implements Coded {
    SINGLE_DOSE("single-dose"),
    TOP_UP("top-up"),
    CONTINUOUS_INFUSION("continuous-infusion");

    private final String code;

    DosageForm(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  @Test
  void ofFindsTheConstantWithTheCode() {
    assertThat(Coded.of(DosageForm.class, "top-up")).isSameAs(DosageForm.TOP_UP);
  }

  @Test
  void ofLooksUpCodesNotConstantNames() {
    assertThatThrownBy(() -> Coded.of(DosageForm.class, "TOP_UP")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownCodeMessageNamesTheEnumInWordsTheValueAndTheCodesInOrder() {
    assertThatThrownBy(() -> Coded.of(DosageForm.class, "bolus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dosage form 'bolus'; expected one of [single-dose, top-up, continuous-infusion]");
  }

  @Test
  void unknownCodeMessageSplitsEveryWordOfTheModelEnumName() {
    assertThatThrownBy(() -> Coded.of(ImagingGuidance.class, "x-ray"))
        .hasMessageStartingWith("unknown imaging guidance 'x-ray'");
    assertThatThrownBy(() -> Coded.of(MedicationClass.class, "opioid"))
        .hasMessageStartingWith("unknown medication class 'opioid'");
  }

  @Test
  void ofRejectsNullArgumentsNamingThem() {
    assertThatThrownBy(() -> Coded.of(null, "top-up")).isInstanceOf(NullPointerException.class).hasMessage("type");
    assertThatThrownBy(() -> Coded.of(DosageForm.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void codesListsEveryCodeInDeclarationOrder() {
    assertThat(Coded.codes(DosageForm.class)).containsExactly("single-dose", "top-up", "continuous-infusion");
  }

  @Test
  void codesIsUnmodifiable() {
    List<String> codes = Coded.codes(DosageForm.class);

    assertThatThrownBy(() -> codes.add("bolus")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyModelEnumIsCoded() {
    assertThat(ModelReflection.enums()).isNotEmpty().allMatch(Coded.class::isAssignableFrom);
  }
}
