package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.ModelArbitraries.RecordData;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What every record of the model promises, checked for every record and every component found by
 * reflection: a record added later is covered as soon as {@link Fixtures} can build it.
 */
class RecordProperties {

  /** One component of one record, printed as {@code Procedure.regions}. */
  record ComponentRef(Class<? extends Record> type, int index) {
    RecordComponent component() {
      return type.getRecordComponents()[index];
    }

    String name() {
      return component().getName();
    }

    @Override
    public String toString() {
      return type.getSimpleName() + "." + name();
    }
  }

  /** A replacement value for one component. */
  record Replacement(ComponentRef ref, Object value) {}

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void canonicalConstructorRejectsEachNullComponentNamingIt(@ForAll("referenceComponents") ComponentRef ref) {
    List<Object> arguments = ModelReflection.componentValues(Fixtures.valid(ref.type()));
    arguments.set(ref.index(), null);

    assertThatThrownBy(() -> ModelReflection.construct(ref.type(), arguments))
        .isInstanceOf(NullPointerException.class)
        .hasMessageMatching("(?s).*\\b" + Pattern.quote(ref.name()) + "\\b.*");
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void canonicalConstructorRejectsANullCollectionElement(@ForAll("collectionComponents") ComponentRef ref) {
    List<Object> arguments = ModelReflection.componentValues(Fixtures.valid(ref.type()));
    Collection<Object> withNull = mutableCopy(arguments.get(ref.index()));
    withNull.add(null);
    arguments.set(ref.index(), withNull);

    assertThatThrownBy(() -> ModelReflection.construct(ref.type(), arguments))
        .isInstanceOf(NullPointerException.class);
  }

  @Property(tries = 300)
  void accessorsReturnTheConstructorArguments(@ForAll("anyRecordData") RecordData data) {
    Record record = ModelReflection.construct(data.type(), data.arguments());

    assertThat(ModelReflection.componentValues(record)).isEqualTo(data.arguments());
  }

  @Property(tries = 300)
  void laterChangesToThePassedCollectionsDoNotReachTheRecord(
      @ForAll("recordDataWithCollections") RecordData data) {
    List<Object> arguments = new ArrayList<>(data.arguments());
    List<Collection<Object>> passed = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) instanceof Collection<?> collection) {
        Collection<Object> mutable = mutableCopy(collection);
        arguments.set(i, mutable);
        passed.add(mutable);
      }
    }
    Record record = ModelReflection.construct(data.type(), arguments);

    for (Collection<Object> collection : passed) {
      if (collection.isEmpty()) {
        collection.add("added after construction");
      } else {
        collection.clear();
      }
    }

    assertThat(ModelReflection.componentValues(record)).isEqualTo(data.arguments());
  }

  @Property(tries = 300)
  void collectionsReturnedByRecordsAreUnmodifiable(@ForAll("recordDataWithCollections") RecordData data) {
    Record record = ModelReflection.construct(data.type(), data.arguments());

    for (Object value : ModelReflection.componentValues(record)) {
      if (value instanceof Collection<?> collection) {
        @SuppressWarnings("unchecked")
        Collection<Object> returned = (Collection<Object>) collection;
        assertThatThrownBy(() -> returned.add("added through the accessor"))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(returned::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Object> iterator = returned.iterator();
        if (iterator.hasNext()) {
          iterator.next();
          assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
        }
      }
    }
  }

  @Property(tries = 300)
  void setsIterateInNaturalOrderWhateverTheInputOrder(@ForAll("recordDataWithSets") RecordData data) {
    List<Object> arguments = new ArrayList<>(data.arguments());
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) instanceof Set<?> set) {
        List<Object> reversed = new ArrayList<>(set);
        reversed.sort(null);
        Collections.reverse(reversed);
        arguments.set(i, new LinkedHashSet<>(reversed));
      }
    }
    Record record = ModelReflection.construct(data.type(), arguments);

    for (Object value : ModelReflection.componentValues(record)) {
      if (value instanceof Set<?> set) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Comparable> inOrder = new ArrayList<>((Set<Comparable>) set);
        assertThat(inOrder).isSorted();
      }
    }
  }

  @Property(tries = 500)
  void recordsBuiltFromTheSameDataAreEqualWithEqualHashCodes(@ForAll("anyRecordData") RecordData data) {
    Record first = ModelReflection.construct(data.type(), rebuild(data.arguments(), false));
    Record second = ModelReflection.construct(data.type(), rebuild(data.arguments(), true));

    assertThat(second).isNotSameAs(first);
    assertThat(first).isEqualTo(second);
    assertThat(second).isEqualTo(first);
    assertThat(first.hashCode()).isEqualTo(second.hashCode());
    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Property(tries = 500)
  void recordsThatDifferInAnyOneComponentAreNotEqual(@ForAll("replacements") Replacement replacement) {
    ComponentRef ref = replacement.ref();
    Record original = Fixtures.valid(ref.type());
    Assume.that(!replacement.value().equals(ModelReflection.value(original, ref.component())));
    Record changed;
    try {
      changed = ModelReflection.with(original, ref.name(), replacement.value());
    } catch (IllegalArgumentException breaksAnInvariant) {
      // Such as a low bound above the fixture's high bound: not a record at all.
      Assume.that(false);
      return;
    }

    assertThat(changed).isNotEqualTo(original);
    assertThat(original).isNotEqualTo(changed);
  }

  @Provide
  Arbitrary<ComponentRef> components() {
    return Arbitraries.of(allComponents());
  }

  /** Components that can be null at all: not primitives such as {@code QuantityRange.low}. */
  @Provide
  Arbitrary<ComponentRef> referenceComponents() {
    return Arbitraries.of(allComponents().stream()
        .filter(ref -> !ref.component().getType().isPrimitive())
        .toList());
  }

  @Provide
  Arbitrary<ComponentRef> collectionComponents() {
    return Arbitraries.of(allComponents().stream()
        .filter(ref -> Collection.class.isAssignableFrom(ref.component().getType()))
        .toList());
  }

  @Provide
  Arbitrary<RecordData> anyRecordData() {
    return ModelArbitraries.anyRecordData();
  }

  @Provide
  Arbitrary<RecordData> recordDataWithCollections() {
    return recordDataOf(Collection.class);
  }

  @Provide
  Arbitrary<RecordData> recordDataWithSets() {
    return recordDataOf(Set.class);
  }

  @Provide
  Arbitrary<Replacement> replacements() {
    return components().flatMap(ref -> {
      Type type = ref.component().getGenericType();
      Arbitrary<Object> values = ref.type() == Id.class
          ? ModelArbitraries.kebab().map(Object.class::cast)
          : ModelArbitraries.forType(type);
      return values.map(value -> new Replacement(ref, value));
    });
  }

  private static Arbitrary<RecordData> recordDataOf(Class<?> componentType) {
    List<Class<? extends Record>> types = ModelReflection.records().stream()
        .filter(type -> Arrays.stream(type.getRecordComponents())
            .anyMatch(component -> componentType.isAssignableFrom(component.getType())))
        .toList();
    return Arbitraries.of(types).flatMap(ModelArbitraries::recordData);
  }

  private static List<ComponentRef> allComponents() {
    List<ComponentRef> refs = new ArrayList<>();
    for (Class<? extends Record> type : ModelReflection.records()) {
      for (int i = 0; i < type.getRecordComponents().length; i++) {
        refs.add(new ComponentRef(type, i));
      }
    }
    return refs;
  }

  /** A mutable copy: an ArrayList for a list, a HashSet for a set. */
  private static Collection<Object> mutableCopy(Object collection) {
    if (collection instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (collection instanceof Set<?> set) {
      return new HashSet<>(set);
    }
    throw new IllegalArgumentException("not a list or set: " + collection);
  }

  /**
   * Equal but distinct copies of constructor arguments: nested records rebuilt, strings and ids
   * copied, and (when {@code otherImplementations}) lists as LinkedLists and sets in reverse order.
   */
  private static List<Object> rebuild(List<Object> arguments, boolean otherImplementations) {
    List<Object> copies = new ArrayList<>();
    for (Object argument : arguments) {
      copies.add(rebuild(argument, otherImplementations));
    }
    return copies;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object rebuild(Object value, boolean otherImplementations) {
    if (value instanceof String string) {
      return new String(string);
    }
    if (value instanceof Record record) {
      return ModelReflection.construct((Class) record.getClass(),
          rebuild(ModelReflection.componentValues(record), otherImplementations));
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(present -> rebuild(present, otherImplementations));
    }
    if (value instanceof List<?> list) {
      List<Object> copy = otherImplementations ? new LinkedList<>() : new ArrayList<>();
      list.forEach(element -> copy.add(rebuild(element, otherImplementations)));
      return copy;
    }
    if (value instanceof Set<?> set) {
      List<Object> elements = new ArrayList<>();
      set.forEach(element -> elements.add(rebuild(element, otherImplementations)));
      if (otherImplementations) {
        Collections.reverse(elements);
      }
      return new LinkedHashSet<>(elements);
    }
    return value;
  }
}
