package dev.epidural.content.internal.meta;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Bean Validation constraints on one value, as the model declares them in Jakarta annotations:
 * those on a record component (its declaration and its type, where Java puts a constraint written on
 * a component), and in {@link #element()} those on a container's element (its type argument, such as
 * {@code List<@NotBlank String>}). Read once per component, by {@link Component#constraints()}.
 *
 * <p>The constraint types the model uses are read into their facts: {@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Pattern}, {@code @PositiveOrZero}, and
 * the {@code @Valid} cascade. Any other constraint (an annotation marked {@code @Constraint}, or the
 * {@code List} container of a repeated one) is kept in {@link #others()}, so that a walker that cannot
 * honour it can refuse the record rather than ignore the constraint. Immutable and thread-safe.
 */
public final class Constraints {

  /** No constraint, with no constraint on any element. */
  static final Constraints NONE = new Constraints(false, false, false, false, false, 0, Integer.MAX_VALUE, List.of(),
      List.of(), null);

  private final boolean notNull;
  private final boolean notBlank;
  private final boolean notEmpty;
  private final boolean positiveOrZero;
  private final boolean valid;
  private final int min;
  private final int max;
  private final List<Pattern> patterns;
  private final List<Annotation> others;
  private final Constraints element;

  private Constraints(boolean notNull, boolean notBlank, boolean notEmpty, boolean positiveOrZero, boolean valid,
                      int min, int max, List<Pattern> patterns, List<Annotation> others, Constraints element) {
    this.notNull = notNull;
    this.notBlank = notBlank;
    this.notEmpty = notEmpty;
    this.positiveOrZero = positiveOrZero;
    this.valid = valid;
    this.min = min;
    this.max = max;
    this.patterns = patterns;
    this.others = others;
    this.element = element;
  }

  /**
   * The constraints of a value from its declaration annotations and its annotated type, whose own
   * annotations are the value's too and whose first type argument is the element.
   */
  static Constraints of(Annotation[] declared, AnnotatedType type) {
    List<Annotation> all = new ArrayList<>(List.of(declared));
    all.addAll(List.of(type.getAnnotations()));
    Constraints element = type instanceof AnnotatedParameterizedType p
        ? of(new Annotation[0], p.getAnnotatedActualTypeArguments()[0])
        : NONE;
    boolean notNull = false;
    boolean notBlank = false;
    boolean notEmpty = false;
    boolean positiveOrZero = false;
    boolean valid = false;
    int min = 0;
    int max = Integer.MAX_VALUE;
    List<Pattern> patterns = new ArrayList<>();
    List<Annotation> others = new ArrayList<>();
    for (Annotation a : all) {
      if (a instanceof NotNull) {
        notNull = true;
      } else if (a instanceof NotBlank) {
        notBlank = true;
      } else if (a instanceof NotEmpty) {
        notEmpty = true;
      } else if (a instanceof PositiveOrZero) {
        positiveOrZero = true;
      } else if (a instanceof Valid) {
        valid = true;
      } else if (a instanceof Size s) {
        // A constraint written on a component is both on its declaration and on its type: the same
        // annotation twice. Two different sizes would both hold, so the narrower bounds are kept.
        min = Math.max(min, s.min());
        max = Math.min(max, s.max());
      } else if (a instanceof Pattern p) {
        if (!patterns.contains(p)) {
          patterns.add(p);
        }
      } else if (isConstraint(a.annotationType()) && !others.contains(a)) {
        others.add(a);
      }
    }
    if (!notNull && !notBlank && !notEmpty && !positiveOrZero && !valid && min == 0 && max == Integer.MAX_VALUE
        && patterns.isEmpty() && others.isEmpty() && element == NONE) {
      return NONE;
    }
    return new Constraints(notNull, notBlank, notEmpty, positiveOrZero, valid, min, max, List.copyOf(patterns),
        List.copyOf(others), element);
  }

  /** A constraint type, or the {@code List} that repeats one (such as {@code Size.List}). */
  private static boolean isConstraint(Class<? extends Annotation> type) {
    return type.isAnnotationPresent(Constraint.class)
        || (type.getEnclosingClass() != null && type.getEnclosingClass().isAnnotationPresent(Constraint.class));
  }

  /** {@code @NotNull}. */
  public boolean notNull() {
    return notNull;
  }

  /** {@code @NotBlank}: a string with a character that is not white space. */
  public boolean notBlank() {
    return notBlank;
  }

  /** {@code @NotEmpty}: a string or a collection with at least one character or element. */
  public boolean notEmpty() {
    return notEmpty;
  }

  /** {@code @PositiveOrZero}. */
  public boolean positiveOrZero() {
    return positiveOrZero;
  }

  /** {@code @Valid}: a nested record's own constraints are checked too. */
  public boolean valid() {
    return valid;
  }

  /** The least size {@code @Size} allows, 0 without one. */
  public int minSize() {
    return min;
  }

  /** The greatest size {@code @Size} allows, {@link Integer#MAX_VALUE} without one. */
  public int maxSize() {
    return max;
  }

  /** The {@code @Pattern}s, each once, in the order they are declared. */
  public List<Pattern> patterns() {
    return patterns;
  }

  /** The constraints of a type this class does not read, each once. */
  public List<Annotation> others() {
    return others;
  }

  /** The constraints on the element of a container (a list, a set, an optional); none for other values. */
  public Constraints element() {
    return element == null ? NONE : element;
  }

  /**
   * The constraints that apply to an optional's content: its own and its element's, as Bean
   * Validation applies a constraint declared on an {@code Optional} to what it holds.
   */
  public Constraints unwrapped() {
    Constraints e = element();
    if (e == NONE) {
      return this;
    }
    List<Pattern> ps = new ArrayList<>(patterns);
    e.patterns.stream().filter(p -> !ps.contains(p)).forEach(ps::add);
    List<Annotation> os = new ArrayList<>(others);
    e.others.stream().filter(o -> !os.contains(o)).forEach(os::add);
    int least = Math.max(min, e.min);
    int most = Math.min(max, e.max);
    return new Constraints(notNull || e.notNull, notBlank || e.notBlank, notEmpty || e.notEmpty,
        positiveOrZero || e.positiveOrZero, valid || e.valid, least, most, List.copyOf(ps), List.copyOf(os), e.element);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (notNull) {
      sb.append("@NotNull ");
    }
    if (notBlank) {
      sb.append("@NotBlank ");
    }
    if (notEmpty) {
      sb.append("@NotEmpty ");
    }
    if (positiveOrZero) {
      sb.append("@PositiveOrZero ");
    }
    if (valid) {
      sb.append("@Valid ");
    }
    if (min != 0 || max != Integer.MAX_VALUE) {
      sb.append("@Size(").append(min).append("..").append(max).append(") ");
    }
    patterns.forEach(p -> sb.append("@Pattern(").append(p.regexp()).append(") "));
    others.forEach(o -> sb.append('@').append(o.annotationType().getSimpleName()).append(' '));
    if (element() != NONE) {
      sb.append('<').append(element).append('>');
    }
    return sb.toString().trim();
  }
}
