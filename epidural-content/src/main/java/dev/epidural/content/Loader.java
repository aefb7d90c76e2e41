package dev.epidural.content;

import dev.epidural.content.internal.BundleFiles;
import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.Problems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Loads a bundle from a folder, a zip, a manifest file or a classpath location. Immutable: each
 * method returns a new loader, so one can be configured once and shared. Thread-safe.
 *
 * <pre>{@code
 * EpiduralContent content = EpiduralContent.loader()
 *     .from(Path.of("bundles/clinic"))
 *     .strict(true)
 *     .load();
 * }</pre>
 */
public final class Loader {

  private final Supplier<String> describe;
  private final Source source;
  private final boolean strict;
  private final Clock clock;

  /** Where the bundle comes from; opening it may itself find problems. */
  @FunctionalInterface
  interface Source {
    java.util.Optional<BundleFiles> open(Problems problems);
  }

  Loader(Supplier<String> describe, Source source, boolean strict, Clock clock) {
    this.describe = describe;
    this.source = source;
    this.strict = strict;
    this.clock = clock;
  }

  static Loader unconfigured() {
    return new Loader(() -> "(no bundle)", problems -> {
      throw new IllegalStateException("no bundle given: call from(...) or fromClasspath(...) before load()");
    }, false, Clock.systemDefaultZone());
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
    return new Loader(path::toString, problems -> BundleFiles.of(path, problems), strict, clock);
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
    BundleFiles files = new BundleFiles.Classpath(classLoader, location);
    return new Loader(files::describe, problems -> java.util.Optional.of(files), strict, clock);
  }

  /**
   * Reads the bundle under {@code location} on the class path of the thread's context class
   * loader (or this library's class loader when there is none).
   *
   * @param location the folder holding {@code bundle.json}
   * @return a new loader
   */
  public Loader fromClasspath(String location) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return fromClasspath(cl != null ? cl : Loader.class.getClassLoader(), location);
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
    return new Loader(files::describe, problems -> java.util.Optional.of(files), strict, clock);
  }

  /**
   * Whether warnings count as errors. Off by default.
   *
   * @param strictMode true to fail on warnings too
   * @return a new loader
   */
  public Loader strict(boolean strictMode) {
    return new Loader(describe, source, strictMode, clock);
  }

  /**
   * The clock that decides whether a review date has passed. The system clock by default.
   *
   * @param reviewClock the clock
   * @return a new loader
   * @throws NullPointerException if {@code reviewClock} is null
   */
  public Loader clock(Clock reviewClock) {
    return new Loader(describe, source, strict, Objects.requireNonNull(reviewClock, "reviewClock"));
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
    return new EpiduralContent(result.info().get(), result.catalogue().get(), result.report());
  }

  private BundleReader.Result read() {
    Problems problems = new Problems();
    java.util.Optional<BundleFiles> files = source.open(problems);
    if (files.isEmpty()) {
      return BundleReader.unreadable(describe.get(), problems);
    }
    return BundleReader.read(files.get(), strict, LocalDate.now(clock));
  }
}
