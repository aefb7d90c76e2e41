package dev.epidural.content.internal;

import dev.epidural.content.Problem;
import dev.epidural.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Collects the problems of one validation run. Thread-safe, so that independent files and items
 * can be checked in parallel; the report sorts problems, so their order of arrival does not show.
 */
public final class Problems {

  private final List<Problem> list = java.util.Collections.synchronizedList(new ArrayList<>());

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
    list.add(new Problem(code.code(), severity, message, file, pointer,
        line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        column > 0 ? OptionalInt.of(column) : OptionalInt.empty()));
  }

  /** Adds a problem about a whole file. */
  public void addFile(ProblemCode code, String message, String file) {
    add(code, message, file, "", 0, 0);
  }

  /** Whether any error was added. */
  public boolean hasErrors() {
    synchronized (list) {
      return list.stream().anyMatch(Problem::isError);
    }
  }

  /** How many problems so far. */
  public int size() {
    return list.size();
  }

  /** The problems so far, as an immutable list. */
  public List<Problem> toList() {
    synchronized (list) {
      return List.copyOf(list);
    }
  }
}
