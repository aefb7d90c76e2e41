package dev.epidural.cli;

/** The exit codes, the CLI's contract with CI. */
public final class ExitCode {

  /** Every bundle is valid (warnings allowed unless {@code --strict}); for diff: both bundles loaded. */
  public static final int OK = 0;
  /** Content problems: a bundle has errors (with {@code --strict}: any problem). */
  public static final int INVALID = 1;
  /** Usage or I/O error: a bad option, a missing bundle path, an unwritable {@code --output}. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
