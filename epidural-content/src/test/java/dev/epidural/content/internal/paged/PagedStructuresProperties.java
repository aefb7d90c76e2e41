package dev.epidural.content.internal.paged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link PagedList} and {@link IdTable}, which stand in for {@code List.copyOf} and a
 * {@code HashMap} wherever a structure grows with the bundle, held to those JDK classes.
 */
class PagedStructuresProperties {

  /** An id and a payload, so that a table can hold two values with the same id. */
  private record Keyed(String id, int n) {}

  @Property(tries = 40)
  void pagedListBehavesAsAnImmutableCopy(@ForAll @IntRange(max = 3 * PagedList.PAGE + 5) int size) {
    List<Integer> plain = new ArrayList<>();
    PagedList.Builder<Integer> builder = new PagedList.Builder<>();
    for (int i = 0; i < size; i++) {
      plain.add(i * 7);
      builder.add(i * 7);
    }
    PagedList<Integer> paged = builder.build();
    assertThat(paged).isEqualTo(plain).hasSameHashCodeAs(plain).hasSize(size);
    List<Integer> seen = new ArrayList<>();
    paged.forEach(seen::add);
    assertThat(seen).isEqualTo(plain);
    for (int i = 0; i < size; i++) {
      assertThat(paged.get(i)).isEqualTo(plain.get(i));
    }
    assertThatThrownBy(() -> paged.get(size)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> paged.add(1)).isInstanceOf(UnsupportedOperationException.class);
    // What the builder takes afterwards never shows in a list it built.
    builder.add(-1);
    assertThat(paged).isEqualTo(plain);
    assertThat(builder.build()).hasSize(size + 1).endsWith(-1);
    assertThat(PagedList.copyOf(plain)).isEqualTo(plain);
  }

  @Example
  void pagedListRefusesNull() {
    assertThatThrownBy(() -> new PagedList.Builder<String>().add(null)).isInstanceOf(NullPointerException.class);
  }

  @Property(tries = 150)
  void idTableFindsWhatAMapFinds(@ForAll("keyed") List<Keyed> values, @ForAll("ids") List<String> lookups) {
    IdTable<Keyed> table = new IdTable<>(values.size(), Keyed::id);
    Map<String, Keyed> map = new LinkedHashMap<>();
    for (Keyed k : values) {
      assertThat(table.putIfAbsent(k)).isEqualTo(map.putIfAbsent(k.id(), k));
    }
    assertThat(table.size()).isEqualTo(map.size());
    for (String id : map.keySet()) {
      assertThat(table.get(id)).isSameAs(map.get(id));
    }
    for (String id : lookups) {
      assertThat(table.get(id)).isEqualTo(map.get(id));
    }
  }

  @Example
  void idTableSpreadsOverPagesAndHoldsNoMoreThanItWasMadeFor() {
    int n = 5 * PagedList.PAGE;
    IdTable<Keyed> table = new IdTable<>(n, Keyed::id);
    for (int i = 0; i < n; i++) {
      assertThat(table.putIfAbsent(new Keyed("id-" + i, i))).isNull();
    }
    for (int i = 0; i < n; i++) {
      assertThat(table.get("id-" + i).n()).isEqualTo(i);
    }
    assertThat(table.get("id-" + n)).isNull();
    assertThat(table.putIfAbsent(new Keyed("id-0", -1)).n()).isZero();
    assertThatThrownBy(() -> table.putIfAbsent(new Keyed("one-more", 0))).isInstanceOf(IllegalStateException.class);
    assertThat(new IdTable<Keyed>(0, Keyed::id).get("x")).isNull();
  }

  @Provide
  Arbitrary<List<Keyed>> keyed() {
    return Arbitraries.integers().flatMap(n -> id().map(id -> new Keyed(id, n))).list().ofMaxSize(2000);
  }

  @Provide
  Arbitrary<List<String>> ids() {
    return id().list().ofMaxSize(200);
  }

  /** Short ids from a small alphabet, so that values often share an id; longer ones now and then. */
  private static Arbitrary<String> id() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("ab-1").ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(40));
  }
}
