package dev.epidural.cli.diff;

import java.util.Locale;

/** The output formats of {@code diff}. */
public enum DiffFormat {
  /** Lines for a terminal or a CI log. */
  TEXT,
  /** One JSON object, for scripts. */
  JSON,
  /** Markdown, to post as a pull-request comment. */
  MARKDOWN;

  /** The name used on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
