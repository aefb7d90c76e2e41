package dev.epidural.content.internal.problem;

import dev.epidural.content.Problem;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Collects the problems of one validation run, within a cap. Thread-safe, so that independent
 * files and items can be checked in parallel; the report sorts problems, so their order of arrival
 * does not show.
 *
 * <p>At most {@link #PER_CODE_AND_FILE} problems of one code in one file are kept, and at most
 * {@link #PER_BUNDLE} in all, the first in report order; each problem past a cap is only counted, and {@link #toList()} adds
 * one {@link ProblemCode#LIM_CODE_IN_FILE} summary per code and file that overflowed (at most
 * {@link #SUMMARIES}, then one {@link ProblemCode#LIM_BUNDLE} summary for the rest). A report
 * therefore holds at most {@link #MAX_REPORTED} problems whatever the input.
 */
public final class Problems {

  /** The manifest's name (as {@code BundleFiles.MANIFEST}), where a summary of other files is placed. */
  private static final String MANIFEST = "bundle.json";

  /** Most problems of one code kept for one file. */
  public static final int PER_CODE_AND_FILE = 100;
  /** Most problems kept for one bundle (one validation run). */
  public static final int PER_BUNDLE = 10_000;
  /** Most per-code-and-file summaries; the rest are summed up in one. */
  public static final int SUMMARIES = 1_000;
  /** Most problems a report can hold: kept ones, summaries and the final summary. */
  public static final int MAX_REPORTED = PER_BUNDLE + SUMMARIES + 1;

  /** A kept problem; the sequence number only tells apart problems that are otherwise equal. */
  private record Kept(Problem problem, long seq, Key key) implements Comparable<Kept> {
    @Override
    public int compareTo(Kept o) {
      int c = problem.compareTo(o.problem);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  /** Every kept problem, in report order: the bundle cap drops the last. */
  private final TreeSet<Kept> kept = new TreeSet<>();
  /** Per code and file: what is kept and what was dropped. */
  private final Map<Key, Counter> seen = new HashMap<>();
  private long seq;
  private int errors;
  private int dropped;

  /** A code in a file. Its equality is written out: a record's generated one is bootstrapped at first use, slowly. */
  private record Key(String code, String file) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(code, k.code) && Objects.equals(file, k.file);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(code) + Objects.hashCode(file);
    }
  }

  /** Per code and file: the problems kept, how many dropped, and whether a dropped one was an error. */
  private static final class Counter {
    final TreeSet<Kept> kept = new TreeSet<>();
    int dropped;
    boolean droppedError;
  }

  /** Adds a problem at a known position. */
  public void add(ProblemCode code, String message, String file, String pointer, int line, int column) {
    add(code, code.severity(), message, file, pointer, line, column);
  }

  /** Adds a problem at a node. */
  public void add(ProblemCode code, String message, String file, String pointer, Node at) {
    add(code, message, file, pointer, at.line(), at.column());
  }

  /** Adds a problem with an explicit severity; non-positive line or column means unknown. */
  public void add(ProblemCode code, Severity severity, String message, String file, String pointer,
                  int line, int column) {
    add(new Problem(code.code(), severity, message, file, pointer,
        line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        column > 0 ? OptionalInt.of(column) : OptionalInt.empty()));
  }

  /** Adds a problem about a whole file. */
  public void addFile(ProblemCode code, String message, String file) {
    add(code, message, file, "", 0, 0);
  }

  /**
   * Adds a problem made elsewhere, within the caps. Which problems a cap keeps does not depend on
   * the order they arrive in (checks run in parallel): those first in report order are kept.
   */
  public synchronized void add(Problem problem) {
    if (problem.isError()) {
      errors++;
    }
    Key key = new Key(problem.code(), problem.file());
    Counter counter = seen.get(key);
    if (counter == null) {
      counter = new Counter();
      seen.put(key, counter);
    }
    Kept entry = new Kept(problem, seq++, key);
    counter.kept.add(entry);
    kept.add(entry);
    if (counter.kept.size() > PER_CODE_AND_FILE) {
      drop(counter.kept.last());
    }
    if (kept.size() > PER_BUNDLE) {
      drop(kept.last());
    }
  }

  private void drop(Kept entry) {
    Counter counter = seen.get(entry.key());
    counter.kept.remove(entry);
    kept.remove(entry);
    counter.dropped++;
    counter.droppedError |= entry.problem().isError();
    dropped++;
  }

  /** Whether any error was added, kept or not. */
  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  /** How many errors were added so far, kept or not: compare two counts to see whether a step found any. */
  public synchronized int errorCount() {
    return errors;
  }

  /** How many problems are kept so far. */
  public synchronized int size() {
    return kept.size();
  }

  /** How many problems were only counted, past a cap. */
  public synchronized int dropped() {
    return dropped;
  }

  /** The problems so far, with a summary for each cap that was reached, as an immutable list. */
  public synchronized List<Problem> toList() {
    List<Problem> all = new ArrayList<>(kept.size() + (dropped == 0 ? 0 : Math.min(seen.size(), SUMMARIES) + 1));
    for (Kept k : kept) {
      all.add(k.problem());
    }
    if (dropped == 0) {
      return List.copyOf(all);
    }
    int summaries = 0;
    int unsummed = 0;
    boolean unsummedError = false;
    // Summaries in a fixed order, so that the same input gives the same report.
    List<Map.Entry<Key, Counter>> capped = seen.entrySet().stream().filter(e -> e.getValue().dropped > 0)
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::file).thenComparing(Key::code)))
        .toList();
    for (Map.Entry<Key, Counter> e : capped) {
      Counter c = e.getValue();
      if (c.dropped == 0) {
        continue;
      }
      if (summaries < SUMMARIES) {
        summaries++;
        all.add(summary(ProblemCode.LIM_CODE_IN_FILE, c.droppedError, "and " + c.dropped + " more " + e.getKey().code()
            + " in " + Messages.clip(e.getKey().file()) + ", not listed: a report lists at most " + PER_CODE_AND_FILE
            + " problems of one code in one file and " + PER_BUNDLE + " in all", e.getKey().file()));
      } else {
        unsummed += c.dropped;
        unsummedError |= c.droppedError;
      }
    }
    if (unsummed > 0) {
      all.add(summary(ProblemCode.LIM_BUNDLE, unsummedError, "and " + unsummed + " more problems in other files "
          + "and codes, not listed: a report summarizes at most " + SUMMARIES + " capped codes and files",
          MANIFEST));
    }
    return List.copyOf(all);
  }

  private static Problem summary(ProblemCode code, boolean error, String message, String file) {
    return new Problem(code.code(), error ? Severity.ERROR : Severity.WARNING, message, file, "",
        OptionalInt.empty(), OptionalInt.empty());
  }
}
