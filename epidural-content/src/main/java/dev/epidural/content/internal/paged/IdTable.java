package dev.epidural.content.internal.paged;

import java.util.Objects;
import java.util.function.Function;

/**
 * Values by the id each one carries, in a hash table split into pages: for the same reason as
 * {@link PagedList}, no array of it grows with the bundle beyond a page. The capacity is fixed when
 * it is made: the number of values is always known first. Thread-safe for reading once filled and
 * safely published.
 *
 * @param <V> the value type
 */
public final class IdTable<V> {

  private static final int SHIFT = PagedList.SHIFT;
  private static final int PAGE = PagedList.PAGE;
  private static final int MASK = PagedList.MASK;

  private final Function<? super V, String> key;
  private final Object[][] pages;
  /** The hash of each slot's id, so that a probe reads a value only when the hashes agree. */
  private final int[][] hashes;
  /** Slots minus one: the table has a power of two of them. */
  private final int mask;
  /** How far a hash's product is shifted to give a slot. */
  private final int shift;
  private final int limit;
  private int size;

  /**
   * An empty table for at most {@code expected} values.
   *
   * @param key the id a value is found by
   */
  public IdTable(int expected, Function<? super V, String> key) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected must not be negative: " + expected);
    }
    this.key = Objects.requireNonNull(key, "key");
    // At most half full, so that probes stay short.
    int slots = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    this.mask = slots - 1;
    this.shift = 32 - Integer.numberOfTrailingZeros(slots);
    this.limit = expected;
    this.pages = new Object[Math.max(1, slots >>> SHIFT)][];
    this.hashes = new int[pages.length][];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = new Object[Math.min(slots, PAGE)];
      hashes[p] = new int[Math.min(slots, PAGE)];
    }
  }

  /**
   * Adds {@code value} unless a value with its id is already there.
   *
   * @return the value already there, or null when {@code value} was added
   * @throws IllegalStateException when the table already holds as many values as it was made for
   */
  @SuppressWarnings("unchecked")
  public V putIfAbsent(V value) {
    String id = key.apply(value);
    int hash = id.hashCode();
    for (int slot = first(hash); ; slot = (slot + 1) & mask) {
      Object[] page = pages[slot >>> SHIFT];
      Object there = page[slot & MASK];
      if (there == null) {
        if (size == limit) {
          throw new IllegalStateException("the table was made for " + limit + " values");
        }
        page[slot & MASK] = value;
        hashes[slot >>> SHIFT][slot & MASK] = hash;
        size++;
        return null;
      }
      if (hashes[slot >>> SHIFT][slot & MASK] == hash && key.apply((V) there).equals(id)) {
        return (V) there;
      }
    }
  }

  /** The value with this id, or null. */
  @SuppressWarnings("unchecked")
  public V get(String id) {
    int hash = id.hashCode();
    for (int slot = first(hash); ; slot = (slot + 1) & mask) {
      Object there = pages[slot >>> SHIFT][slot & MASK];
      if (there == null
          || (hashes[slot >>> SHIFT][slot & MASK] == hash && key.apply((V) there).equals(id))) {
        return (V) there;
      }
    }
  }

  /** How many values it holds. */
  public int size() {
    return size;
  }

  private int first(int hash) {
    // Fibonacci hashing: the top bits of the product mix every bit of the string's hash.
    return (hash * 0x9E3779B9) >>> shift;
  }
}
