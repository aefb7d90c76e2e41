package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every content item shares, checked for every permitted implementation. */
class ItemTest {

  static Stream<Class<?>> items() {
    return Arrays.stream(Item.class.getPermittedSubclasses());
  }

  @Test
  void theItemsAreExactlyTheRecordsOfThePackageThatImplementItem() {
    List<Class<?>> implementations = ModelReflection.publicTypes().stream()
        .filter(type -> type != Item.class && Item.class.isAssignableFrom(type))
        .toList();

    assertThat(Item.class.isSealed()).isTrue();
    assertThat(Item.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(implementations);
    assertThat(implementations).hasSize(19).allMatch(Class::isRecord, "is a record");
  }

  /** Catches a copy-pasted {@code Id<Procedure> id} in another item, which the compiler allows. */
  @ParameterizedTest
  @MethodSource("items")
  void everyItemsIdNamesItsOwnKind(Class<?> item) {
    Type idType = ModelReflection.component(item.asSubclass(Record.class), "id").getGenericType();

    assertThat(idType).isInstanceOf(ParameterizedType.class);
    assertThat(((ParameterizedType) idType).getRawType()).isEqualTo(Id.class);
    assertThat(((ParameterizedType) idType).getActualTypeArguments()).containsExactly(item);
  }

  @ParameterizedTest
  @MethodSource("items")
  void validationReachesIntoEveryCitation(Class<?> type) {
    Record item = Fixtures.valid(type.asSubclass(Record.class));
    Record withBadCitation = with(item, "sources", List.of(Fixtures.citation(), Citation.of("example-esi-review", " ")));

    assertThat(violations(withBadCitation)).containsExactly("sources[1].locator @NotBlank");
  }

  /** Every Text an item holds, directly, optionally or in a list, with the path a blank one is reported at. */
  static Stream<Arguments> textComponents() {
    List<Arguments> rows = new ArrayList<>();
    items().forEach(type -> {
      for (RecordComponent component : type.getRecordComponents()) {
        Type generic = component.getGenericType();
        String name = component.getName();
        if (generic == Text.class) {
          rows.add(Arguments.of(type.getSimpleName(), name, Fixtures.blankText(), name + ".text"));
        } else if (isOf(generic, Optional.class, Text.class)) {
          rows.add(Arguments.of(type.getSimpleName(), name, Optional.of(Fixtures.blankText()), name + ".text"));
        } else if (isOf(generic, List.class, Text.class)) {
          rows.add(Arguments.of(type.getSimpleName(), name, List.of(Fixtures.text("fine"), Fixtures.blankText()),
              name + "[1].text"));
        }
      }
    });
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("textComponents")
  void validationReachesIntoEveryText(String item, String component, Object blank, String path) {
    Class<? extends Record> type = items()
        .filter(candidate -> candidate.getSimpleName().equals(item))
        .findFirst().orElseThrow()
        .asSubclass(Record.class);

    assertThat(violations(with(Fixtures.valid(type), component, blank))).containsExactly(path + " @NotBlank");
  }

  @Test
  void everyItemHasAtLeastOneTextToValidate() {
    assertThat(textComponents().map(row -> row.get()[0]).distinct())
        .containsExactlyInAnyOrderElementsOf(items().map(Class::getSimpleName).toList());
  }

  private static boolean isOf(Type type, Class<?> container, Class<?> element) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == container
        && parameterized.getActualTypeArguments()[0] == element;
  }
}
