package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the test suite itself: a model type added without a test class, or a record the fixtures
 * cannot build, fails here instead of going untested.
 */
class ModelCoverageTest {

  static Stream<Class<? extends Record>> records() {
    return ModelReflection.records().stream();
  }

  @Test
  void theScanFindsTheModelTypes() {
    assertThat(ModelReflection.publicTypes())
        .contains(Id.class, Item.class, Coded.class, Procedure.class, SpinalRegion.class)
        .doesNotContain(Copies.class);
  }

  @Test
  void everyPublicModelTypeHasATestClass() {
    List<String> missing = ModelReflection.publicTypes().stream()
        .map(type -> type.getName() + "Test")
        .filter(name -> !exists(name))
        .toList();

    assertThat(missing).isEmpty();
  }

  @Test
  void fixturesBuildEveryRecord() {
    assertThat(Fixtures.recordTypes()).containsExactlyInAnyOrderElementsOf(ModelReflection.records());
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyFixtureIsValidSoThatATestCanBreakOneThing(Class<? extends Record> type) {
    assertThat(violations(Fixtures.valid(type))).isEmpty();
  }

  /** So that null, copy and mutation checks on fixtures have something to check. */
  @ParameterizedTest
  @MethodSource("records")
  void everyFixtureIsFullyPopulated(Class<? extends Record> type) {
    for (Object value : ModelReflection.componentValues(Fixtures.valid(type))) {
      if (value instanceof Optional<?> optional) {
        assertThat(optional).isPresent();
      }
      if (value instanceof Collection<?> collection) {
        assertThat(collection).isNotEmpty();
      }
    }
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, ModelCoverageTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
