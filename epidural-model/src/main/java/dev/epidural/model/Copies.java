package dev.epidural.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Defensive copies shared by the records. */
final class Copies {

  private Copies() {}

  /**
   * An unmodifiable copy that iterates in natural order (declaration order for enums), so that
   * records print, compare and export the same way on every run.
   */
  static <E extends Comparable<? super E>> Set<E> sortedSet(Collection<E> values) {
    if (values.isEmpty()) {
      // One shared instance: many sets are empty, and a tree for nothing would cost four objects.
      return Collections.emptySortedSet();
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }
}
