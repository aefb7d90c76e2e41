package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every coded enum promises, inherited by one test class per enum. Each subclass states the
 * enum's codes: they are written in content bundles, so renaming, dropping or reordering one is a
 * breaking change that must show up as a failing test.
 */
abstract class CodedEnumContract<E extends Enum<E> & Coded> {

  private final Class<E> type;
  private final Function<String, E> of;
  private final String noun;
  private final List<String> codes;

  /**
   * @param type the enum
   * @param of its static {@code of(String)}
   * @param noun how error messages name the enum, such as {@code "spinal region"}
   * @param codes the codes bundles use, in declaration order
   */
  CodedEnumContract(Class<E> type, Function<String, E> of, String noun, String... codes) {
    this.type = type;
    this.of = of;
    this.noun = noun;
    this.codes = List.of(codes);
  }

  @Test
  void codesAreTheBundleVocabularyInDeclarationOrder() {
    assertThat(Coded.codes(type)).containsExactlyElementsOf(codes);
  }

  @Test
  void ofReadsEveryBundleCode() {
    E[] constants = type.getEnumConstants();
    for (int i = 0; i < codes.size(); i++) {
      assertThat(of.apply(codes.get(i))).isSameAs(constants[i]);
    }
  }

  @Test
  void ofRejectsAnUnknownCodeNamingTheEnumTheValueAndTheAllowedCodes() {
    assertThatThrownBy(() -> of.apply("no-such-code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown " + noun + " 'no-such-code'")
        .hasMessageContaining(String.join(", ", codes));
  }

  @Test
  void ofMatchesCodesExactlyWithoutChangingCaseOrTrimming() {
    for (String code : codes) {
      for (String variant : List.of(code.toUpperCase(Locale.ROOT), " " + code, code + " ", code.replace('-', '_'))) {
        if (!variant.equals(code)) {
          assertThatThrownBy(() -> of.apply(variant))
              .as("of(\"%s\")", variant)
              .isInstanceOf(IllegalArgumentException.class);
        }
      }
    }
  }

  @Test
  void ofRejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> of.apply(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
  }
}
