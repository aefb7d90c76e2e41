package dev.epidural.content.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.SignOff;
import dev.epidural.model.Source;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic types read from signatures are the JDK's: equal both ways, with the same hash and name. */
class GenericTypesTest {

  private static void assertSameAsTheJdk(RecordComponent rc) {
    Type ours = GenericTypes.of(rc);
    Type jdk = rc.getGenericType();
    assertThat(ours).as(rc.toString()).isEqualTo(jdk);
    assertThat(jdk).as(rc.toString()).isEqualTo(ours);
    assertThat(ours.hashCode()).as(rc.toString()).isEqualTo(jdk.hashCode());
    assertThat(ours.getTypeName()).as(rc.toString()).isEqualTo(jdk.getTypeName());
    assertThat(ours.toString()).as(rc.toString()).isEqualTo(jdk.toString());
    if (ours instanceof ParameterizedType p && jdk instanceof ParameterizedType q) {
      assertThat(p.getRawType()).isEqualTo(q.getRawType());
      assertThat(p.getOwnerType()).isEqualTo(q.getOwnerType());
      assertThat(p.getActualTypeArguments()).isEqualTo(q.getActualTypeArguments());
    }
  }

  @Test
  void everyComponentOfTheModelReadsAsTheJdkReadsIt() {
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (Kind k : Kind.values()) {
      todo.add(k.type());
    }
    todo.add(Source.class);
    todo.add(SignOff.class);
    Set<Class<?>> seen = new HashSet<>();
    int generic = 0;
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove();
      if (!c.isRecord() || !seen.add(c)) {
        continue;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        assertSameAsTheJdk(rc);
        generic += rc.getGenericType() instanceof ParameterizedType ? 1 : 0;
        addClasses(rc.getGenericType(), todo);
      }
    }
    assertThat(seen).hasSizeGreaterThan(25);
    assertThat(generic).as("components with type arguments").isGreaterThan(30);
  }

  private static void addClasses(Type type, Deque<Class<?>> todo) {
    if (type instanceof Class<?> c) {
      todo.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        addClasses(t, todo);
      }
    }
  }

  /** Forms the model does not use, left to the JDK. */
  record Odd<T extends Item>(T variable, List<? extends Item> wildcard, Map.Entry<String, Integer> nested,
                             Optional<String>[] array, Map<String, List<Id<Source>>> deep, int primitive) {}

  @Test
  void formsTheModelDoesNotUseAreTheJdksToo() {
    for (RecordComponent rc : Odd.class.getRecordComponents()) {
      assertSameAsTheJdk(rc);
    }
  }
}
