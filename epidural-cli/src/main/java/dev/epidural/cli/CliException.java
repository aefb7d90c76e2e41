package dev.epidural.cli;

/**
 * A usage or I/O error the user can fix: printed as one line, exit code {@link ExitCode#USAGE}.
 * Never carries bundle content problems, which are reports, not errors.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An error with a message for the user.
   *
   * @param message what went wrong and, where it helps, what to do
   */
  public CliException(String message) {
    super(message);
  }

  /**
   * An error with a message for the user and the cause, shown with {@code --debug}.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
