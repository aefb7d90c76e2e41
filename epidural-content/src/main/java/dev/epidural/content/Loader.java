package dev.epidural.content;

import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.rules.Readability;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads a bundle from a folder, a zip, a manifest file or a classpath location, optionally with
 * overlays laid over it. Immutable: each method returns a new loader, so one can be configured once
 * and shared. Thread-safe.
 *
 * <pre>{@code
 * EpiduralContent content = EpiduralContent.loader()
 *     .from(Path.of("bundles/clinic"))
 *     .strict(true)
 *     .load();
 *
 * EpiduralContent clinic = EpiduralContent.loader()
 *     .base(EpiduralContent.builtIn())
 *     .overlay(Path.of("bundles/clinic-overlay"))
 *     .load();
 * }</pre>
 */
public final class Loader {

  private final List<Layer> layers;
  private final Optional<EpiduralContent> base;
  private final boolean strict;
  private final Clock clock;
  private final double maxGrade;
  private final ReadLimits limits;

  /**
   * The highest Flesch-Kincaid grade level a patient text may read at unless {@link #readabilityGrade}
   * says otherwise: 8, as plain-language guidance for health information asks.
   */
  public static final double DEFAULT_READABILITY_GRADE = Readability.DEFAULT_MAX_GRADE;

  /** The grade limit that turns the readability rule off: {@link Double#POSITIVE_INFINITY}. */
  public static final double NO_READABILITY_LIMIT = Double.POSITIVE_INFINITY;

  /** Where the bundle comes from; opening it under the loader's limits may itself find problems. */
  @FunctionalInterface
  interface Source {
    java.util.Optional<BundleFiles> open(ReadLimits limits, Problems problems);
  }

  /** One bundle to read: how reports name it, and how to open it. */
  record Layer(Supplier<String> describe, Source source) {}

  /**
   * A loader.
   *
   * @param layers the bundles to read, base first; empty until one is given
   * @param base the content the lower layers were loaded as, when {@link #base} gave them
   */
  Loader(List<Layer> layers, Optional<EpiduralContent> base, boolean strict, Clock clock, double maxGrade,
         ReadLimits limits) {
    this.layers = List.copyOf(layers);
    this.base = base;
    this.strict = strict;
    this.clock = clock;
    this.maxGrade = maxGrade;
    this.limits = limits;
  }

  static Loader unconfigured() {
    return new Loader(List.of(), Optional.empty(), false, SystemClock.DEFAULT_ZONE, DEFAULT_READABILITY_GRADE,
        ReadLimits.defaults());
  }

  private static Layer layer(Path path) {
    return new Layer(path::toString, (limits, problems) -> BundleFiles.of(path, limits, problems));
  }

  /** Files already opened: read under the loader's limits when they are not those they were opened under. */
  static Layer layer(BundleFiles files) {
    Opened opened = new Opened(files);
    return new Layer(opened, opened);
  }

  /**
   * Files already open, as a layer: a class, as builtIn() makes one in every cold start, where
   * lambdas cost.
   */
  private static final class Opened implements Supplier<String>, Source {
    private final BundleFiles files;

    Opened(BundleFiles files) {
      this.files = files;
    }

    @Override
    public String get() {
      return files.describe();
    }

    @Override
    public Optional<BundleFiles> open(ReadLimits limits, Problems problems) {
      return Optional.of(files.withLimits(limits));
    }
  }

  private Loader withLayers(List<Layer> newLayers, Optional<EpiduralContent> newBase) {
    return new Loader(newLayers, newBase, strict, clock, maxGrade, limits);
  }

  /**
   * Reads the bundle at {@code path}: a folder holding {@code bundle.json}, a {@code .zip} of such a
   * folder (read in memory, never extracted), or a {@code bundle.json} file.
   *
   * @param path the bundle
   * @return a new loader
   * @throws NullPointerException if {@code path} is null
   */
  public Loader from(Path path) {
    Objects.requireNonNull(path, "path");
    return withLayers(List.of(layer(path)), Optional.empty());
  }

  /**
   * Reads the bundle whose files lie under {@code location} on the class path of {@code classLoader}.
   *
   * @param classLoader the class loader to read resources with
   * @param location the folder holding {@code bundle.json}, such as {@code "com/example/bundle"}
   * @return a new loader
   * @throws NullPointerException if an argument is null
   */
  public Loader fromClasspath(ClassLoader classLoader, String location) {
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(location, "location");
    return withLayers(List.of(layer(new BundleFiles.Classpath(classLoader, location))), Optional.empty());
  }

  /**
   * Reads the bundle under {@code location} on the class path of the thread's context class
   * loader (or this library's class loader when there is none).
   *
   * @param location the folder holding {@code bundle.json}
   * @return a new loader
   */
  public Loader fromClasspath(String location) {
    return fromClasspath(contextClassLoader(), location);
  }

  private static ClassLoader contextClassLoader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : Loader.class.getClassLoader();
  }

  /**
   * Reads the bundle shipped with this library, to validate it in full (for example strictly, in
   * CI). {@link EpiduralContent#builtIn()} is the way to use it: it loads once and skips the checks
   * that the library's build already ran.
   *
   * <pre>{@code
   * ValidationReport report = EpiduralContent.loader().fromBuiltIn().strict(true).validate();
   * }</pre>
   *
   * @return a new loader
   */
  public Loader fromBuiltIn() {
    return fromFiles(new BundleFiles.Classpath(EpiduralContent.class.getModule(), EpiduralContent.BUILT_IN_LOCATION));
  }

  Loader fromFiles(BundleFiles files) {
    return withLayers(List.of(layer(files)), Optional.empty());
  }

  /**
   * Lays the overlays that follow over already loaded content, such as the built-in bundle. The
   * base's files are read again, so that the merged result can be validated as a whole with every
   * problem located; if they no longer give the base's items, loading fails with
   * {@code EPI-OVL-010}.
   *
   * <pre>{@code
   * EpiduralContent clinic = EpiduralContent.loader()
   *     .base(EpiduralContent.builtIn())
   *     .overlay(Path.of("clinic-overlay"))
   *     .load();
   * }</pre>
   *
   * @param content the base
   * @return a new loader reading {@code content}'s bundles, with no overlay yet
   * @throws NullPointerException if {@code content} is null
   * @throws IllegalArgumentException if {@code content} was not read by a loader
   */
  public Loader base(EpiduralContent content) {
    Objects.requireNonNull(content, "content");
    if (content.sourceLayers().isEmpty()) {
      throw new IllegalArgumentException("content " + content + " was not read by a loader, so it cannot be a base");
    }
    return withLayers(content.sourceLayers(), Optional.of(content));
  }

  /**
   * Lays the bundle at {@code path} over the base: its new items are added, the items whose ids
   * its manifest lists in {@code replace} replace the base's, and those listed in
   * {@code withdraw} are removed. See {@code docs/api.md}, "Overlays".
   *
   * <pre>{@code
   * EpiduralContent clinic = EpiduralContent.loader()
   *     .base(EpiduralContent.builtIn())
   *     .overlay(Path.of("clinic-overlay"))
   *     .load();
   * }</pre>
   *
   * @param path the overlay: a folder, a {@code .zip} or a {@code bundle.json}
   * @return a new loader with the overlay on top of the layers given so far
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalStateException if no base was given with {@link #base} or {@link #from}
   */
  public Loader overlay(Path path) {
    Objects.requireNonNull(path, "path");
    return plus(layer(path));
  }

  /**
   * Lays the bundle under {@code location} on the class path over the base, as
   * {@link #overlay(Path)} does.
   *
   * <pre>{@code
   * EpiduralContent clinic = EpiduralContent.loader()
   *     .base(EpiduralContent.builtIn())
   *     .overlayFromClasspath("com/example/clinic-overlay")
   *     .load();
   * }</pre>
   *
   * @param location the folder holding the overlay's {@code bundle.json}, read with the thread's
   *     context class loader (or this library's class loader when there is none)
   * @return a new loader with the overlay on top of the layers given so far
   * @throws NullPointerException if {@code location} is null
   * @throws IllegalStateException if no base was given with {@link #base} or {@link #from}
   */
  public Loader overlayFromClasspath(String location) {
    Objects.requireNonNull(location, "location");
    return plus(layer(new BundleFiles.Classpath(contextClassLoader(), location)));
  }

  private Loader plus(Layer overlay) {
    if (layers.isEmpty()) {
      throw new IllegalStateException("an overlay needs a base: call base(...) or from(...) before overlay(...)");
    }
    List<Layer> more = new ArrayList<>(layers);
    more.add(overlay);
    return withLayers(more, base);
  }

  /**
   * Whether warnings count as errors. Off by default.
   *
   * @param strictMode true to fail on warnings too
   * @return a new loader
   */
  public Loader strict(boolean strictMode) {
    return new Loader(layers, base, strictMode, clock, maxGrade, limits);
  }

  /**
   * The clock that decides whether a review date has passed. The system clock by default.
   *
   * @param reviewClock the clock
   * @return a new loader
   * @throws NullPointerException if {@code reviewClock} is null
   */
  public Loader clock(Clock reviewClock) {
    return new Loader(layers, base, strict, Objects.requireNonNull(reviewClock, "reviewClock"), maxGrade, limits);
  }

  /**
   * The highest Flesch-Kincaid grade level a patient text may read at; a patient variant scoring
   * higher gets warning {@code EPI-TEXT-009}. {@value #DEFAULT_READABILITY_GRADE} by default;
   * {@link #NO_READABILITY_LIMIT} turns the rule off. Only English patient texts of ten words or
   * more are scored; see {@code docs/problems.md} for how words, sentences and syllables are counted.
   *
   * <pre>{@code
   * ValidationReport report = EpiduralContent.loader().fromBuiltIn().readabilityGrade(6.0).validate();
   * }</pre>
   *
   * @param maxGrade the limit, a number that is not NaN
   * @return a new loader
   * @throws IllegalArgumentException if {@code maxGrade} is NaN
   */
  public Loader readabilityGrade(double maxGrade) {
    if (Double.isNaN(maxGrade)) {
      throw new IllegalArgumentException("the readability grade limit must be a number, not NaN");
    }
    return new Loader(layers, base, strict, clock, maxGrade, limits);
  }

  /**
   * The limits to read every bundle of this loader under: the sizes of files and zips, the entries
   * of a zip, and the depth, lengths and tokens of each file's JSON. {@link ReadLimits#defaults()}
   * by default. They apply to every layer, a base given with {@link #base} included, since its files
   * are read again; input past a limit is refused with a located problem, as in the default limits
   * (see {@code docs/problems.md}, "Read limits").
   *
   * <pre>{@code
   * ReadLimits small = ReadLimits.builder().maxFileBytes(1024 * 1024).maxNestingDepth(12).build();
   * ValidationReport report = EpiduralContent.loader().fromBuiltIn().readLimits(small).validate();
   * }</pre>
   *
   * @param readLimits the limits
   * @return a new loader
   * @throws NullPointerException if {@code readLimits} is null
   */
  public Loader readLimits(ReadLimits readLimits) {
    return new Loader(layers, base, strict, clock, maxGrade, Objects.requireNonNull(readLimits, "readLimits"));
  }

  /**
   * Validates the bundle and returns every problem, without throwing for bad content.
   *
   * @return the report
   * @throws IllegalStateException if no bundle was given
   */
  public ValidationReport validate() {
    return read().report();
  }

  /**
   * Loads the bundle: validates it completely and returns the content, or throws.
   *
   * @return the immutable, thread-safe content
   * @throws BundleValidationException if the bundle has any error (in strict mode: any problem);
   *     the exception's report lists them all, each located
   * @throws IllegalStateException if no bundle was given
   */
  public EpiduralContent load() {
    BundleReader.Result result = read();
    if (result.catalogue().isEmpty() || result.info().isEmpty()) {
      throw new BundleValidationException(result.report());
    }
    return new EpiduralContent(result.info().get(), result.catalogue().get(), result.report(), layers);
  }

  private BundleReader.Result read() {
    if (layers.isEmpty()) {
      throw new IllegalStateException("no bundle given: call from(...) or fromClasspath(...) before load()");
    }
    try {
      return readLayers();
    } catch (OutOfMemoryError | StackOverflowError e) {
      // What the bundle cost is unreachable once here, so a small report can still be made. The
      // problem caps keep reports small; this is for whatever else a hostile bundle exhausts.
      Problems problems = new Problems();
      problems.addFile(ProblemCode.LIM_EXHAUSTED, "validating the bundle ran out of "
          + (e instanceof StackOverflowError ? "stack" : "memory") + "; it is refused, and its report is cut short",
          layers.get(layers.size() - 1).describe().get());
      return BundleReader.unreadable(layers.get(layers.size() - 1).describe().get(), problems);
    }
  }

  private BundleReader.Result readLayers() {
    Problems problems = new Problems();
    List<BundleFiles> files = new ArrayList<>(layers.size());
    for (Layer layer : layers) {
      java.util.Optional<BundleFiles> opened = layer.source().open(limits, problems);
      if (opened.isEmpty()) {
        return BundleReader.unreadable(layers.get(layers.size() - 1).describe().get(), problems);
      }
      files.add(opened.get());
    }
    Optional<BundleReader.Expected> expected = base.isPresent()
        ? Optional.of(new BundleReader.Expected(base.get().sourceLayers().size(), base.get().items())) : Optional.empty();
    return BundleReader.read(files, expected, strict, SystemClock.today(clock), maxGrade);
  }
}
