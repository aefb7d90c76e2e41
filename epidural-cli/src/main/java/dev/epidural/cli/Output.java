package dev.epidural.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a report goes: stdout, or the {@code --output} file (UTF-8, replaced if it exists). */
final class Output {

  private Output() {}

  /**
   * Writes a rendered report.
   *
   * @param text the report
   * @param file the {@code --output} file, or null for stdout
   * @param stdout standard output
   * @throws CliException if the file cannot be written
   */
  static void write(String text, Path file, PrintWriter stdout) {
    if (file == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot write --output " + file + ": " + reason(e), e);
    }
  }

  /** Writes a report as it is rendered. */
  @FunctionalInterface
  interface Rendering {
    /** Renders to {@code out}. */
    void to(java.io.Writer out) throws IOException;
  }

  /**
   * Streams a report to stdout or to the {@code --output} file as it is rendered, so that no
   * rendered copy of it is held in memory.
   *
   * @param rendering what writes the report
   * @param file the {@code --output} file, or null for stdout
   * @param stdout standard output
   * @throws CliException if the file cannot be written, or writing fails
   */
  static void stream(Rendering rendering, Path file, PrintWriter stdout) {
    if (file == null) {
      java.io.Writer out = new java.io.FilterWriter(stdout) {
        @Override
        public void close() {
          // Standard output stays open for whatever comes after.
          stdout.flush();
        }
      };
      try {
        rendering.to(out);
      } catch (IOException e) {
        throw new CliException("cannot write the report: " + reason(e), e);
      }
      stdout.flush();
      if (stdout.checkError()) {
        throw new CliException("cannot write the report to standard output");
      }
      return;
    }
    try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      rendering.to(out);
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot write --output " + file + ": " + reason(e), e);
    }
  }

  /** Why an I/O operation failed, in words (no exception class names). */
  static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "I/O error";
  }
}
