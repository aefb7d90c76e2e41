package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IdTest {

  static Stream<Arguments> validIds() {
    return Stream.of(
        Arguments.of("one letter", "a"),
        Arguments.of("one digit", "7"),
        Arguments.of("one word", "lumbar"),
        Arguments.of("letters and digits", "l4"),
        Arguments.of("words joined by hyphens", "lumbar-transforaminal-esi"),
        Arguments.of("a group of digits", "c7-t1"),
        Arguments.of("80 characters, the limit", "a".repeat(80)),
        Arguments.of("80 characters with hyphens", "a-".repeat(39) + "bc"));
  }

  static Stream<Arguments> invalidIds() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("capitalised", "Lumbar"),
        Arguments.of("upper case", "LUMBAR-ESI"),
        Arguments.of("a space between words", "lumbar esi"),
        Arguments.of("a leading space", " lumbar"),
        Arguments.of("a trailing space", "lumbar "),
        Arguments.of("a trailing newline", "lumbar\n"),
        Arguments.of("a leading hyphen", "-lumbar"),
        Arguments.of("a trailing hyphen", "lumbar-"),
        Arguments.of("a double hyphen", "lumbar--esi"),
        Arguments.of("only a hyphen", "-"),
        Arguments.of("an underscore", "lumbar_esi"),
        Arguments.of("a dot", "l4.l5"),
        Arguments.of("a slash", "lumbar/esi"),
        Arguments.of("a non-ASCII letter", "lumbär"),
        Arguments.of("81 characters, one past the limit", "a".repeat(81)),
        Arguments.of("81 characters with hyphens", "a-".repeat(40) + "b"));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("validIds")
  void acceptsLowercaseKebabCaseOfAtMost80Characters(String description, String value) {
    assertThat(Id.isValid(value)).isTrue();
    assertThat(Id.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidIds")
  void refusesAnythingElseNamingTheValue(String description, String value) {
    assertThat(Id.isValid(value)).isFalse();
    assertThatThrownBy(() -> Id.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + value + "'");
    assertThatThrownBy(() -> new Id<>(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDocumentedLimitIs80Characters() {
    assertThat(Id.MAX_LENGTH).isEqualTo(80);
  }

  @Test
  void theFormatIsAUsableRegularExpressionForKebabCase() {
    assertThat("lumbar-esi").matches(Id.FORMAT);
    assertThat("lumbar--esi").doesNotMatch(Id.FORMAT);
  }

  @Test
  void rejectsNullNamingTheComponent() {
    assertThatThrownBy(() -> Id.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void toStringIsTheIdentifierItself() {
    Id<Procedure> id = Id.of("lumbar-transforaminal-esi");

    assertThat(id).hasToString("lumbar-transforaminal-esi");
    assertThat("see " + id).isEqualTo("see lumbar-transforaminal-esi");
  }

  @Test
  void idsWithTheSameTextAreEqual() {
    Id<Procedure> one = Id.of("caudal-esi");
    Id<Procedure> other = new Id<>(new String("caudal-esi"));

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.compareTo(other)).isZero();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
      "caudal,       lumbar,        -1",
      "lumbar,       caudal,        1",
      "lumbar,       lumbar-esi,    -1",
      "lumbar-esi,   lumbar,        1",
      // Text order, not number order: "l10" sorts before "l4".
      "l10,          l4,            -1",
      // A hyphen sorts before digits and letters.
      "a-b,          a0,            -1",
  })
  void comparesByTheIdentifierText(String first, String second, int expectedSign) {
    assertThat(Integer.signum(Id.<Procedure>of(first).compareTo(Id.of(second)))).isEqualTo(expectedSign);
  }

  @Test
  void sortingIdsOrdersThemByText() {
    List<Id<Procedure>> ids = new ArrayList<>(List.of(Id.of("lumbar-esi"), Id.of("caudal-esi"), Id.of("cervical-esi")));

    ids.sort(null);

    assertThat(ids).extracting(Id::value).containsExactly("caudal-esi", "cervical-esi", "lumbar-esi");
  }
}
