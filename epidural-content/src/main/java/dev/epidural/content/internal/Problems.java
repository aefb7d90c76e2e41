package dev.epidural.content.internal;

import dev.epidural.content.Problem;
import dev.epidural.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Collects the problems of one validation run, within a cap. Thread-safe, so that independent
 * files and items can be checked in parallel; the report sorts problems, so their order of arrival
 * does not show.
 *
 * <p>At most {@link #PER_CODE_AND_FILE} problems of one code in one file are kept, and at most
 * {@link #PER_BUNDLE} in all; each problem past a cap is only counted, and {@link #toList()} adds
 * one {@link ProblemCode#LIM_CODE_IN_FILE} summary per code and file that overflowed (at most
 * {@link #SUMMARIES}, then one {@link ProblemCode#LIM_BUNDLE} summary for the rest). A report
 * therefore holds at most {@link #MAX_REPORTED} problems whatever the input.
 */
public final class Problems {

  /** Most problems of one code kept for one file. */
  public static final int PER_CODE_AND_FILE = 100;
  /** Most problems kept for one bundle (one validation run). */
  public static final int PER_BUNDLE = 10_000;
  /** Most per-code-and-file summaries; the rest are summed up in one. */
  public static final int SUMMARIES = 1_000;
  /** Most problems a report can hold: kept ones, summaries and the final summary. */
  public static final int MAX_REPORTED = PER_BUNDLE + SUMMARIES + 1;

  private final List<Problem> list = new ArrayList<>();
  /** Problems seen per code and file, kept or not. */
  private final Map<Key, Counter> seen = new HashMap<>();
  private int errors;
  private int dropped;

  private record Key(String code, String file) {}

  /** Per code and file: how many were seen, how many dropped, and whether a dropped one was an error. */
  private static final class Counter {
    int seen;
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

  /** Adds a problem made elsewhere, within the caps. */
  public synchronized void add(Problem problem) {
    boolean error = problem.isError();
    if (error) {
      errors++;
    }
    Counter counter = seen.computeIfAbsent(new Key(problem.code(), problem.file()), k -> new Counter());
    counter.seen++;
    if (counter.seen > PER_CODE_AND_FILE || list.size() >= PER_BUNDLE) {
      counter.dropped++;
      counter.droppedError |= error;
      dropped++;
      return;
    }
    list.add(problem);
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
    return list.size();
  }

  /** How many problems were only counted, past a cap. */
  public synchronized int dropped() {
    return dropped;
  }

  /** The problems so far, with a summary for each cap that was reached, as an immutable list. */
  public synchronized List<Problem> toList() {
    if (dropped == 0) {
      return List.copyOf(list);
    }
    List<Problem> all = new ArrayList<>(list.size() + Math.min(seen.size(), SUMMARIES) + 1);
    all.addAll(list);
    int summaries = 0;
    int unsummed = 0;
    boolean unsummedError = false;
    for (Map.Entry<Key, Counter> e : seen.entrySet()) {
      Counter c = e.getValue();
      if (c.dropped == 0) {
        continue;
      }
      if (summaries < SUMMARIES) {
        summaries++;
        all.add(summary(ProblemCode.LIM_CODE_IN_FILE, c.droppedError, "and " + c.dropped + " more " + e.getKey().code()
            + " in " + Binder.clip(e.getKey().file()) + ", not listed: a report lists at most " + PER_CODE_AND_FILE
            + " problems of one code in one file and " + PER_BUNDLE + " in all", e.getKey().file()));
      } else {
        unsummed += c.dropped;
        unsummedError |= c.droppedError;
      }
    }
    if (unsummed > 0) {
      all.add(summary(ProblemCode.LIM_BUNDLE, unsummedError, "and " + unsummed + " more problems in other files "
          + "and codes, not listed: a report summarizes at most " + SUMMARIES + " capped codes and files",
          BundleFiles.MANIFEST));
    }
    return List.copyOf(all);
  }

  private static Problem summary(ProblemCode code, boolean error, String message, String file) {
    return new Problem(code.code(), error ? Severity.ERROR : Severity.WARNING, message, file, "",
        OptionalInt.empty(), OptionalInt.empty());
  }
}
