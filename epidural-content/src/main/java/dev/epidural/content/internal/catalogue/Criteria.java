package dev.epidural.content.internal.catalogue;

import dev.epidural.model.Coded;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters of one query: each a name and an argument (which make its identity) with the test
 * it applies. All must hold. Two criteria sets are equal when they hold the same name and argument
 * pairs, whatever order they were added in; adding a pair twice changes nothing. Immutable and
 * thread-safe.
 *
 * @param <T> the type of what is tested
 */
public final class Criteria<T> {

  /**
   * The identity of one criterion. Its equality is written out: a record's generated {@code equals}
   * and {@code hashCode} are bootstrapped at first use, which cost more than a plain {@code java
   * Hello} in a cold JVM, and a first query is often the first to hash a record.
   */
  private record Key(String name, Object argument) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && name.equals(k.name) && argument.equals(k.argument);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + argument.hashCode();
    }
  }

  private static final Criteria<?> NONE = new Criteria<>(Map.of());

  private final Map<Key, Predicate<? super T>> tests;

  private Criteria(Map<Key, Predicate<? super T>> tests) {
    this.tests = tests;
  }

  /** No criteria: everything passes. */
  @SuppressWarnings("unchecked")
  public static <T> Criteria<T> none() {
    return (Criteria<T>) NONE;
  }

  /** These criteria and one more; this instance is not changed. */
  public Criteria<T> and(String name, Object argument, Predicate<? super T> test) {
    Key key = new Key(Objects.requireNonNull(name, "name"), Objects.requireNonNull(argument, "argument"));
    if (tests.containsKey(key)) {
      return this;
    }
    Map<Key, Predicate<? super T>> next = new LinkedHashMap<>(tests);
    next.put(key, Objects.requireNonNull(test, "test"));
    return new Criteria<T>(Collections.<Key, Predicate<? super T>>unmodifiableMap(next));
  }

  /** Whether {@code value} passes every criterion. */
  public boolean test(T value) {
    for (Predicate<? super T> t : tests.values()) {
      if (!t.test(value)) {
        return false;
      }
    }
    return true;
  }

  /** Whether there are no criteria. */
  public boolean isEmpty() {
    return tests.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Criteria<?> other && tests.keySet().equals(other.tests.keySet());
  }

  @Override
  public int hashCode() {
    return tests.keySet().hashCode();
  }

  /** The criteria as {@code name=argument} pairs in the order they were added; codes for coded values. */
  @Override
  public String toString() {
    return tests.keySet().stream()
        .map(k -> k.name() + "=" + (k.argument() instanceof Coded c ? c.code() : k.argument()))
        .collect(Collectors.joining(", "));
  }
}
