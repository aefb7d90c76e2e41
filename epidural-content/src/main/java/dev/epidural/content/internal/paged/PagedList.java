package dev.epidural.content.internal.paged;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * An immutable list that keeps its elements in pages of {@value #PAGE} rather than in one array.
 *
 * <p>The lists a load builds grow with the bundle. One array of a hundred thousand references is
 * a G1 "humongous" object on a default heap: it is placed in the old generation at once, and until
 * the next marking cycle it keeps alive every young object it ever pointed to, so a large load
 * spent most of its time copying garbage. Pages stay small whatever the bundle's size. Nulls are
 * refused, as {@link List#of} refuses them.
 *
 * @param <E> the element type
 */
public final class PagedList<E> extends AbstractList<E> implements RandomAccess {

  /** Index bits within a page; {@link IdTable} pages its slots the same way. */
  static final int SHIFT = 12;
  /** Elements per page: a page of references stays far below G1's smallest humongous size (512 KiB). */
  static final int PAGE = 1 << SHIFT;
  static final int MASK = PAGE - 1;
  private static final PagedList<Object> EMPTY = new PagedList<>(new Object[0][], 0);

  private final Object[][] pages;
  private final int size;

  private PagedList(Object[][] pages, int size) {
    this.pages = pages;
    this.size = size;
  }

  /** The empty list. */
  @SuppressWarnings("unchecked")
  public static <E> PagedList<E> of() {
    return (PagedList<E>) EMPTY;
  }

  /** A paged copy of {@code list}. */
  public static <E> PagedList<E> copyOf(List<? extends E> list) {
    if (list instanceof PagedList<? extends E> paged) {
      @SuppressWarnings("unchecked")
      PagedList<E> same = (PagedList<E>) paged;
      return same;
    }
    Builder<E> b = new Builder<>();
    b.addAll(list);
    return b.build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) pages[index >>> SHIFT][index & MASK];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(Consumer<? super E> action) {
    Objects.requireNonNull(action, "action");
    for (int p = 0, left = size; left > 0; p++, left -= PAGE) {
      Object[] page = pages[p];
      for (int i = 0, n = Math.min(left, PAGE); i < n; i++) {
        action.accept((E) page[i]);
      }
    }
  }

  /**
   * Collects elements in order into pages. Not thread-safe. A built list never changes: the builder
   * only ever writes past the end of what it has built.
   *
   * @param <E> the element type
   */
  public static final class Builder<E> {
    private Object[][] pages = new Object[4][];
    private int size;

    /** Adds one element at the end. */
    public Builder<E> add(E element) {
      Objects.requireNonNull(element, "element");
      int p = size >>> SHIFT;
      if (p == pages.length) {
        pages = Arrays.copyOf(pages, p * 2);
      }
      Object[] page = pages[p];
      if (page == null) {
        page = new Object[p == 0 ? 16 : PAGE];
        pages[p] = page;
      } else if ((size & MASK) == page.length) {
        page = Arrays.copyOf(page, Math.min(PAGE, page.length * 4));
        pages[p] = page;
      }
      page[size & MASK] = element;
      size++;
      return this;
    }

    /** Adds every element of {@code list}, in order. */
    public Builder<E> addAll(List<? extends E> list) {
      for (E e : list) {
        add(e);
      }
      return this;
    }

    /** The elements added so far, as an immutable list. */
    public PagedList<E> build() {
      if (size == 0) {
        return of();
      }
      return new PagedList<>(Arrays.copyOf(pages, ((size - 1) >>> SHIFT) + 1), size);
    }
  }
}
