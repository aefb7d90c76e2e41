package dev.epidural.content.internal.rules;

import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Constraints;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.model.Text;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A fast answer to one question: does a record certainly satisfy every Bean Validation constraint
 * on it? Compiled once per record class from the constraints the record description read from
 * the model's Jakarta annotations ({@link Component#constraints()}, the facts Hibernate Validator
 * reads: {@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Pattern},
 * {@code @PositiveOrZero}, and {@code @Valid} cascades, on components and on container elements),
 * so that this check and the JSON Schema read one description.
 *
 * <p>Hibernate Validator stays the authority: the loader asks it for the violations of every
 * record this check does not pass, and it is the only one that reports. A class that carries any
 * other constraint is never passed here. What this saves is Hibernate Validator's start-up and its
 * per-record graph walk for the records that are valid, which in a real bundle is nearly all of them.
 * {@code ShapeCheckProperties} holds the two to the same answer on generated records.
 */
public final class ShapeCheck {

  private static final ClassValue<Predicate<Object>> PLANS = new ClassValue<>() {
    @Override
    protected Predicate<Object> computeValue(Class<?> type) {
      return plan(type);
    }
  };

  // Constants, not methods: callers compare a plan against ALWAYS by identity to skip a component.
  @SuppressWarnings("UnnecessaryLambda")
  private static final Predicate<Object> NEVER = v -> false;

  /** The check of a value with no constraint: components with it are not read at all. */
  @SuppressWarnings("UnnecessaryLambda")
  private static final Predicate<Object> ALWAYS = v -> true;

  private ShapeCheck() {}

  /** True only if {@code record} certainly has no constraint violation. */
  public static boolean passes(Object record) {
    return PLANS.get(record.getClass()).test(record);
  }

  /** The check of one record class: every component's checks, or {@link #NEVER} if any is unknown. */
  private static Predicate<Object> plan(Class<?> type) {
    if (!type.isRecord()) {
      return NEVER;
    }
    List<Predicate<Object>> checks = new ArrayList<>();
    for (Component c : RecordType.of(type).components()) {
      Optional<Predicate<Object>> value = forValue(c.constraints(), c.type());
      if (value.isEmpty()) {
        return NEVER;
      }
      Predicate<Object> check = value.get();
      if (check != ALWAYS) {
        checks.add(record -> check.test(c.get(record)));
      }
    }
    // An array, not the list: a loop over a list's iterator allocated one for every record checked.
    Predicate<Object>[] all = toArray(checks);
    return record -> {
      for (Predicate<Object> c : all) {
        if (!c.test(record)) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * The check of one value from the constraints the record description read for it (its own, and
   * in {@link Constraints#element()} its container element's) and its value type; empty when a
   * constraint is not one this class knows.
   */
  private static Optional<Predicate<Object>> forValue(Constraints constraints, ValueType type) {
    if (!constraints.others().isEmpty() || constraints.notNull()) {
      return Optional.empty();
    }
    List<Predicate<Object>> checks = new ArrayList<>();
    if (constraints.notBlank()) {
      // As Hibernate Validator 9: not null and not String.isBlank() (Character.isWhitespace), which
      // ShapeCheckProperties pins (U+2003 is blank, U+00A0 is not; trim() would differ on both).
      checks.add(v -> v instanceof CharSequence cs && !cs.toString().isBlank());
    }
    if (constraints.notEmpty()) {
      checks.add(v -> v != null && size(v) > 0);
    }
    if (constraints.minSize() != 0 || constraints.maxSize() != Integer.MAX_VALUE) {
      int min = constraints.minSize();
      int max = constraints.maxSize();
      checks.add(v -> {
        if (v == null) {
          return true;
        }
        if (v instanceof CharSequence cs) {
          // In code points, as the loader's validator counts (CodePointSize) and JSON Schema does.
          return CodePointSize.within(cs, min, max);
        }
        int size = size(v);
        return size >= min && size <= max;
      });
    }
    for (Pattern p : constraints.patterns()) {
      if (p.regexp().equals(Text.NOT_BLANK) && p.flags().length == 0) {
        // The model's "not blank" pattern, (?s).*\S.*, on every text variant: some character is not
        // one of the six that \s matches. Checked by hand; ShapeCheckProperties covers it.
        checks.add(v -> v == null || (v instanceof CharSequence cs && hasNonSpace(cs)));
      } else {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp(), flags(p.flags()));
        // A matcher per thread, reset for each value: a new one allocates its state every time.
        ThreadLocal<java.util.regex.Matcher> matcher = ThreadLocal.withInitial(() -> regex.matcher(""));
        checks.add(v -> v == null || (v instanceof CharSequence cs && matcher.get().reset(cs).matches()));
      }
    }
    if (constraints.positiveOrZero()) {
      // As Hibernate Validator: -0.0 counts as negative.
      checks.add(v -> v == null || (v instanceof Number n && Double.compare(n.doubleValue(), 0.0) >= 0));
    }
    Optional<Predicate<Object>> elements = Optional.of(ALWAYS);
    ValueType.Form form = type.form();
    if (form == ValueType.Form.LIST || form == ValueType.Form.SET || form == ValueType.Form.OPTIONAL) {
      Optional<Predicate<Object>> each = forValue(constraints.element(), type.element());
      if (each.isEmpty()) {
        return Optional.empty();
      }
      Predicate<Object> e = each.get();
      elements = e == ALWAYS ? elements : Optional.of(v -> {
        if (v instanceof Optional<?> o) {
          return o.isEmpty() || e.test(o.get());
        }
        if (v instanceof List<?> list) {
          for (int i = 0, n = list.size(); i < n; i++) {
            if (!e.test(list.get(i))) {
              return false;
            }
          }
          return true;
        }
        if (v instanceof Collection<?> c) {
          for (Object x : c) {
            if (!e.test(x)) {
              return false;
            }
          }
          return true;
        }
        return true;
      });
    }
    Predicate<Object> elementCheck = elements.get();
    boolean cascading = constraints.valid();
    // A record is final, so a value declared as one is one: its plan is found once, not per value.
    Predicate<Object> cascadeCheck = form == ValueType.Form.RECORD || form == ValueType.Form.TEXT
        ? planOf(type.raw()) : ShapeCheck::cascades;
    if (checks.isEmpty() && !cascading && elementCheck == ALWAYS) {
      return Optional.of(ALWAYS);
    }
    Predicate<Object>[] own = toArray(checks);
    return Optional.of(v -> {
      // Constraints declared on an Optional apply to its content (null when empty), as Hibernate
      // Validator unwraps it.
      Object subject = v instanceof Optional<?> o ? o.orElse(null) : v;
      for (Predicate<Object> c : own) {
        if (!c.test(subject)) {
          return false;
        }
      }
      if (cascading && !cascadeCheck.test(v)) {
        return false;
      }
      return elementCheck.test(v);
    });
  }

  /**
   * The check of a {@code @Valid} value declared as the record class {@code type}, which looks up
   * that class's plan on first use: looking it up while planning could recurse without end on a
   * model whose records nest each other.
   */
  private static Predicate<Object> planOf(Class<?> type) {
    return new Predicate<>() {
      /** Racy on purpose: every thread finds the same plan. */
      private Predicate<Object> plan;

      @Override
      public boolean test(Object v) {
        if (v == null) {
          return true;
        }
        Predicate<Object> p = plan;
        if (p == null) {
          p = PLANS.get(type);
          plan = p;
        }
        return p.test(v);
      }
    };
  }

  /** A {@code @Valid} value: a record passes, as do an Optional's content and a collection's elements. */
  private static boolean cascades(Object v) {
    if (v == null) {
      return true;
    }
    if (v instanceof Optional<?> o) {
      return o.isEmpty() || cascades(o.get());
    }
    if (v instanceof List<?> list) {
      // By index: the model's lists are random access, and an iterator per list adds up.
      for (int i = 0, n = list.size(); i < n; i++) {
        if (!cascades(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (v instanceof Collection<?> c) {
      for (Object x : c) {
        if (!cascades(x)) {
          return false;
        }
      }
      return true;
    }
    return passes(v);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object>[] toArray(List<Predicate<Object>> checks) {
    return checks.toArray(new Predicate[0]);
  }

  private static boolean hasNonSpace(CharSequence cs) {
    for (int i = 0, n = cs.length(); i < n; i++) {
      if (!TextRules.isRegexSpace(cs.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int size(Object v) {
    if (v instanceof CharSequence cs) {
      return cs.length();
    }
    if (v instanceof Collection<?> c) {
      return c.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    return -1;
  }

  private static int flags(Pattern.Flag[] flags) {
    int f = 0;
    for (Pattern.Flag flag : flags) {
      f |= flag.getValue();
    }
    return f;
  }
}
