package dev.epidural.content.internal.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for a value that is not one of the values allowed where it stands: a
 * mistyped code, reference, source id or property name.
 *
 * <p>The nearest allowed values are found by {@link EditDistance} on the lowercased forms, within a
 * cutoff that grows with the length of the value (one edit up to 7 code points, two up to 11, then
 * three); a value that differs only in case ({@code Lumbar} for {@code lumbar}) ranks first, then
 * the nearer, then in alphabetical order, and at most {@link #MAX_SUGGESTED} are named. When none is
 * near, the allowed values are listed instead, at most {@link #MAX_LISTED} of them. The work is
 * bounded: values longer than {@link #MAX_COMPARED_LENGTH} code points are not compared, and at most
 * {@link #MAX_CANDIDATES} allowed values (the first given) are looked at. Every value shown is
 * clipped and made printable as other messages quote bundle text ({@link Binder#clip}).
 */
public final class Suggestions {

  /** The most near values a message names. */
  public static final int MAX_SUGGESTED = 3;
  /** The most allowed values a message lists when none is near. */
  public static final int MAX_LISTED = 20;
  /** The longest value compared, in code points; longer ones get no suggestion. */
  public static final int MAX_COMPARED_LENGTH = 100;
  /** The most allowed values compared with one value. */
  public static final int MAX_CANDIDATES = 1_000;

  private Suggestions() {}

  /** The edits a value of {@code length} code points may be from a suggestion. */
  static int cutoff(int length) {
    return length <= 7 ? 1 : length <= 11 ? 2 : 3;
  }

  /** The allowed values near {@code given}, nearest first; empty when none is. */
  public static List<String> nearest(String given, Collection<String> allowed) {
    int length = given.codePointCount(0, given.length());
    if (length > MAX_COMPARED_LENGTH) {
      return List.of();
    }
    String lower = given.toLowerCase(Locale.ROOT);
    int cutoff = cutoff(length);
    record Near(String value, boolean sameIgnoringCase, int distance) {}
    List<Near> near = new ArrayList<>();
    int looked = 0;
    for (String candidate : allowed) {
      if (looked++ >= MAX_CANDIDATES) {
        break;
      }
      if (candidate.equals(given) || candidate.length() > 2 * MAX_COMPARED_LENGTH) {
        continue;
      }
      String c = candidate.toLowerCase(Locale.ROOT);
      if (c.equals(lower)) {
        near.add(new Near(candidate, true, 0));
        continue;
      }
      int d = EditDistance.within(lower, c, cutoff);
      if (d <= cutoff) {
        near.add(new Near(candidate, false, d));
      }
    }
    return near.stream()
        .sorted(Comparator.comparing((Near n) -> !n.sameIgnoringCase()).thenComparingInt(Near::distance)
            .thenComparing(Near::value))
        .limit(MAX_SUGGESTED)
        .map(Near::value)
        .toList();
  }

  /** {@code "; did you mean 'x'?"} when a value is near {@code given}, else the empty string. */
  public static String didYouMean(String given, Collection<String> allowed) {
    List<String> near = nearest(given, allowed);
    return near.isEmpty() ? "" : "; " + question(near);
  }

  /**
   * {@code "did you mean 'x'?"} when a value is near {@code given}, else {@code label} (with its punctuation) and the
   * allowed values, capped: {@code "expected one of [a, b, ... and 3 more]"}.
   */
  public static String forValue(String given, Collection<String> allowed, String label) {
    List<String> near = nearest(given, allowed);
    return near.isEmpty() ? label + listed(allowed) : question(near);
  }

  /** The allowed values as a list, at most {@link #MAX_LISTED}. */
  static String listed(Collection<String> allowed) {
    StringBuilder sb = new StringBuilder("[");
    int shown = 0;
    for (String v : allowed) {
      if (shown == MAX_LISTED) {
        sb.append(", ... and ").append(allowed.size() - MAX_LISTED).append(" more");
        break;
      }
      if (shown > 0) {
        sb.append(", ");
      }
      sb.append(Messages.clip(v));
      shown++;
    }
    return sb.append(']').toString();
  }

  private static String question(List<String> near) {
    StringBuilder sb = new StringBuilder("did you mean ");
    for (int i = 0; i < near.size(); i++) {
      if (i > 0) {
        sb.append(i == near.size() - 1 ? " or " : ", ");
      }
      sb.append('\'').append(Messages.clip(near.get(i))).append('\'');
    }
    return sb.append('?').toString();
  }
}
