package dev.epidural.content.internal.read;

/**
 * The default read limits, those of {@code ReadLimits.defaults()}, which a loader may be given others
 * in place of; and {@link #MAX_FILES}, a rule of the format (a constant of the manifest's
 * {@code @Size}), which it may not. Each is far above what a real bundle needs (the built-in bundle
 * is well under 1 MiB with nesting depth 6) and low enough that hostile input is refused before it
 * costs much. {@code docs/problems.md} documents them.
 */
public final class Limits {

  /** Largest content or manifest file, in bytes. */
  public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
  /** Deepest nesting of arrays and objects. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** Longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** Longest number literal, in characters. */
  public static final int MAX_NUMBER_LENGTH = 32;
  /** Most tokens in one file. */
  public static final long MAX_TOKEN_COUNT = 2_000_000L;
  /** Most entries in a zip. */
  public static final int MAX_ZIP_ENTRIES = 2_000;
  /** Most bytes in a zip file itself. */
  public static final int MAX_ZIP_BYTES = 128 * 1024 * 1024;
  /**
   * Most bytes of one bundle's files together, counted as read: a zip's entries as inflated, a
   * folder's files as read (its read budget).
   */
  public static final long MAX_ZIP_TOTAL_BYTES = 256L * 1024 * 1024;
  /** Most files a manifest may list in each of its lists: part of the format, not configurable. */
  public static final int MAX_FILES = 1_000;

  private Limits() {}
}
