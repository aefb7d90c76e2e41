package dev.epidural.content;

import dev.epidural.content.internal.read.Limits;
import java.util.Objects;

/**
 * The limits a {@link Loader} reads a bundle under: how large its files and zips may be, how many
 * entries a zip may have, and how deep, long and large the JSON in a file may be. Input past a
 * limit is refused with a located problem, as any other mistake is, never with an exception; a
 * limit is accepted at its value and refused one past it. Immutable and thread-safe.
 *
 * <p>The {@link #defaults() defaults} are far above what a real bundle needs (the built-in bundle is
 * well under 1 MiB, nesting depth 6) and low enough that hostile input is refused before it costs
 * much; {@code docs/problems.md} ("Read limits") lists them with the problem each one raises. Lower
 * them to refuse sooner what a service should never be sent; raise them only for bundles known to
 * need it.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder()
 *     .maxFileBytes(4 * 1024 * 1024)       // 4 MiB per file instead of 64 MiB
 *     .maxNestingDepth(16)
 *     .build();
 * ValidationReport report = EpiduralContent.loader().from(Path.of("bundles/clinic")).readLimits(limits).validate();
 * }</pre>
 *
 * <p>The lengths of strings and property names count UTF-16 units, as Jackson's
 * {@code StreamReadConstraints} does; the model's own length rules (texts of at most 4,000 code
 * points, at most 1,000 files in a manifest's list) are part of the bundle format, which the JSON
 * Schema states too, and are not read limits.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new Builder().build();

  /** The largest array a JVM allocates is a few elements short of {@link Integer#MAX_VALUE}. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final int maxFileBytes;
  private final int maxZipBytes;
  private final long maxBundleBytes;
  private final int maxZipEntries;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxTokenCount;

  private ReadLimits(Builder b) {
    this.maxFileBytes = b.maxFileBytes;
    this.maxZipBytes = b.maxZipBytes;
    this.maxBundleBytes = b.maxBundleBytes;
    this.maxZipEntries = b.maxZipEntries;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxTokenCount = b.maxTokenCount;
  }

  /**
   * The limits a loader uses unless told otherwise.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A builder that starts from the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from these limits, to change some of them.
   *
   * @return a new builder holding these limits
   */
  public Builder rebuild() {
    return new Builder(this);
  }

  /**
   * The most bytes of one file: the manifest, a content, translation or sign-off file, or a zip
   * entry, counted as read or inflated. Past it: {@code EPI-IO-005}. 64 MiB by default.
   *
   * @return the limit, in bytes
   */
  public int maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * The most bytes of a {@code .zip} bundle's file itself, checked before it is read. Past it:
   * {@code EPI-IO-005}. 128 MiB by default.
   *
   * @return the limit, in bytes
   */
  public int maxZipBytes() {
    return maxZipBytes;
  }

  /**
   * The most bytes of one bundle's files together, counted as read (a zip's entries as inflated, not
   * as their headers claim). Past it: {@code EPI-IO-005} in a zip, {@code EPI-IO-014} in a folder.
   * 256 MiB by default.
   *
   * @return the limit, in bytes
   */
  public long maxBundleBytes() {
    return maxBundleBytes;
  }

  /**
   * The most entries of a zip, folders included. Past it: {@code EPI-IO-004}. 2,000 by default.
   *
   * @return the limit
   */
  public int maxZipEntries() {
    return maxZipEntries;
  }

  /**
   * The deepest nesting of JSON arrays and objects in a file, the root object being depth 1. Past
   * it: {@code EPI-JSON-004}, at the first value too deep. 32 by default.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest JSON string value, in UTF-16 units. Past it: {@code EPI-JSON-004}. 100,000 by
   * default.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest JSON property name, in UTF-16 units. Past it: {@code EPI-JSON-004}. 256 by default.
   *
   * @return the limit
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The longest JSON number literal, in characters. Past it: {@code EPI-JSON-004}. 32 by default.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The most JSON tokens in one file (each brace, bracket, property name and value is one). Past it:
   * {@code EPI-JSON-004}. 2,000,000 by default.
   *
   * @return the limit
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ReadLimits l && maxFileBytes == l.maxFileBytes && maxZipBytes == l.maxZipBytes
        && maxBundleBytes == l.maxBundleBytes && maxZipEntries == l.maxZipEntries
        && maxNestingDepth == l.maxNestingDepth && maxStringLength == l.maxStringLength
        && maxNameLength == l.maxNameLength && maxNumberLength == l.maxNumberLength
        && maxTokenCount == l.maxTokenCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxFileBytes, maxZipBytes, maxBundleBytes, maxZipEntries, maxNestingDepth, maxStringLength,
        maxNameLength, maxNumberLength, maxTokenCount);
  }

  /** The limits by name, such as {@code ReadLimits[maxFileBytes=67108864, ...]}. */
  @Override
  public String toString() {
    return "ReadLimits[maxFileBytes=" + maxFileBytes + ", maxZipBytes=" + maxZipBytes + ", maxBundleBytes="
        + maxBundleBytes + ", maxZipEntries=" + maxZipEntries + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxNameLength=" + maxNameLength + ", maxNumberLength="
        + maxNumberLength + ", maxTokenCount=" + maxTokenCount + "]";
  }

  /**
   * Sets limits one by one, each checked as it is set. Not thread-safe; the limits it builds are.
   * Each limit must be at least 1: a limit of 0 would refuse every bundle.
   */
  public static final class Builder {
    private int maxFileBytes = Limits.MAX_FILE_BYTES;
    private int maxZipBytes = Limits.MAX_ZIP_BYTES;
    private long maxBundleBytes = Limits.MAX_ZIP_TOTAL_BYTES;
    private int maxZipEntries = Limits.MAX_ZIP_ENTRIES;
    private int maxNestingDepth = Limits.MAX_NESTING_DEPTH;
    private int maxStringLength = Limits.MAX_STRING_LENGTH;
    private int maxNameLength = Limits.MAX_NAME_LENGTH;
    private int maxNumberLength = Limits.MAX_NUMBER_LENGTH;
    private long maxTokenCount = Limits.MAX_TOKEN_COUNT;

    private Builder() {}

    private Builder(ReadLimits from) {
      this.maxFileBytes = from.maxFileBytes;
      this.maxZipBytes = from.maxZipBytes;
      this.maxBundleBytes = from.maxBundleBytes;
      this.maxZipEntries = from.maxZipEntries;
      this.maxNestingDepth = from.maxNestingDepth;
      this.maxStringLength = from.maxStringLength;
      this.maxNameLength = from.maxNameLength;
      this.maxNumberLength = from.maxNumberLength;
      this.maxTokenCount = from.maxTokenCount;
    }

    /**
     * Sets {@link ReadLimits#maxFileBytes()}.
     *
     * @param bytes the limit, from 1 to {@code Integer.MAX_VALUE - 8} (the largest array a JVM makes)
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is out of that range
     */
    public Builder maxFileBytes(int bytes) {
      this.maxFileBytes = checked("maxFileBytes", bytes, MAX_ARRAY);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxZipBytes()}.
     *
     * @param bytes the limit, from 1 to {@code Integer.MAX_VALUE - 8} (a zip is read into one array)
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is out of that range
     */
    public Builder maxZipBytes(int bytes) {
      this.maxZipBytes = checked("maxZipBytes", bytes, MAX_ARRAY);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxBundleBytes()}.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public Builder maxBundleBytes(long bytes) {
      this.maxBundleBytes = checked("maxBundleBytes", bytes, Long.MAX_VALUE);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxZipEntries()}. A zip without ZIP64 (which is refused) lists at most
     * 65,534 entries, so a higher limit has no effect.
     *
     * @param entries the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is less than 1
     */
    public Builder maxZipEntries(int entries) {
      this.maxZipEntries = checked("maxZipEntries", entries, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNestingDepth()}.
     *
     * @param depth the limit, from 1 to {@code Integer.MAX_VALUE - 1}
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is out of that range
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = checked("maxNestingDepth", depth, Integer.MAX_VALUE - 1);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxStringLength()}.
     *
     * @param length the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = checked("maxStringLength", length, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNameLength()}.
     *
     * @param length the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = checked("maxNameLength", length, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNumberLength()}.
     *
     * @param length the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = checked("maxNumberLength", length, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxTokenCount()}.
     *
     * @param tokens the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code tokens} is less than 1
     */
    public Builder maxTokenCount(long tokens) {
      this.maxTokenCount = checked("maxTokenCount", tokens, Long.MAX_VALUE);
      return this;
    }

    /**
     * The limits set so far; the builder may be changed and used again afterwards.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int checked(String name, int value, int max) {
      return (int) checked(name, (long) value, max);
    }

    private static long checked(String name, long value, long max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(name + " must be from 1 to " + max + ", not " + value);
      }
      return value;
    }
  }
}
