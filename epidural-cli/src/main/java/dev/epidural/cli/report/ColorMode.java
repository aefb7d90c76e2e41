package dev.epidural.cli.report;

import java.io.Console;
import java.util.Locale;
import java.util.Optional;

/** {@code --color}: whether the text report is coloured. */
public enum ColorMode {
  /** Colour when standard output is a terminal, unless {@code NO_COLOR} is set or {@code TERM=dumb}. */
  AUTO,
  /** Always colour, whatever {@code NO_COLOR} says (an explicit option wins, as no-color.org asks). */
  ALWAYS,
  /** Never colour. */
  NEVER;

  /**
   * Reads an option value, case-insensitively.
   *
   * @param value {@code auto}, {@code always} or {@code never}
   * @return the mode
   * @throws IllegalArgumentException for any other value, with a message for the user
   */
  public static ColorMode parse(String value) {
    for (ColorMode m : values()) {
      if (m.name().equalsIgnoreCase(value)) {
        return m;
      }
    }
    throw new IllegalArgumentException("expected one of auto, always, never but was '" + value + "'");
  }

  /**
   * Whether to colour.
   *
   * @param toTerminal whether the report goes to standard output and that is a terminal
   * @param noColor the value of {@code NO_COLOR}, or null when unset; set and not empty turns
   *     colour off in {@code auto} mode (https://no-color.org)
   * @param term the value of {@code TERM}, or null when unset
   * @return true to colour
   */
  public boolean colors(boolean toTerminal, String noColor, String term) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> toTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    };
  }

  /**
   * Whether standard output is a terminal. On Java 22 and later {@code java.io.Console.isTerminal()}
   * says; before, a JVM has a console only when standard input and output are both terminals.
   */
  public static boolean stdoutIsTerminal() {
    return Optional.ofNullable(System.console()).map(console -> {
      try {
        return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      } catch (NoSuchMethodException e) {
        return true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }).orElse(false);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
