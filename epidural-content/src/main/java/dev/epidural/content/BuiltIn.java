package dev.epidural.content;

import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.snapshot.Checksums;
import dev.epidural.content.internal.snapshot.Snapshot;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * How {@link EpiduralContent#builtIn()} loads the bundle shipped in this jar, once per class loader,
 * and what it gives every call: the content, or a {@link BundleValidationException} with the same
 * report on every call (never an {@link ExceptionInInitializerError}).
 *
 * <p>The build writes two files beside the bundle ({@code BuiltInArtifacts}, after validating the
 * bundle strictly): the checksums of its files and its snapshot. Three paths, in order:
 * <ol>
 *   <li><b>snapshot</b>: the files match the checksums and the snapshot is of this format, this
 *       model and exactly these files. No JSON is parsed; the review stage runs on the snapshot's
 *       items, since review dates depend on today.
 *   <li><b>trusted</b>: the files match the checksums but the snapshot is missing, stale or
 *       damaged (logged at WARN with the reason). The files are parsed and bound without the
 *       validation stages, which ran at build time; the review stage runs.
 *   <li><b>validated</b>: no checksums were recorded (classes built without the build's
 *       {@code process-classes} step, as an IDE may). Logged at WARN; the files are validated in
 *       full, strictly, and refused with {@code EPI-IO-008} unless valid.
 * </ol>
 * Files that differ from the recorded checksums were altered after the build: they are validated in
 * full and refused with {@code EPI-IO-008} whatever else is found.
 */
final class BuiltIn {

  /** The built-in bundle's pre-validated form (see {@code Snapshot}), written by the build. */
  static final String SNAPSHOT = EpiduralContent.BUILT_IN_LOCATION + ".snapshot";

  /** The checksums of the built-in bundle's files, written by the build after validating them. */
  static final String CHECKSUMS = EpiduralContent.BUILT_IN_LOCATION + ".checksums";

  /** Which way a load went. */
  enum Path {
    /** Read from the snapshot. */
    SNAPSHOT,
    /** Parsed and bound from checksummed files, without the validation stages. */
    TRUSTED,
    /** Validated in full: there were no recorded checksums. */
    VALIDATED,
    /** Refused: the files differ from the recorded checksums, or do not validate. */
    REFUSED
  }

  /**
   * The outcome of one load: content or failure, the path taken and, off the snapshot path, why.
   * Immutable.
   */
  static final class Load {
    private final EpiduralContent content;
    private final RuntimeException failure;
    private final Path path;
    private final String reason;

    private Load(EpiduralContent content, RuntimeException failure, Path path, String reason) {
      this.content = content;
      this.failure = failure;
      this.path = path;
      this.reason = reason;
    }

    /**
     * The content, or the failure as a new exception, so each caller gets its own stack trace.
     *
     * @throws BundleValidationException with the load's report, if the bundle was refused
     */
    EpiduralContent content() {
      if (failure instanceof BundleValidationException e) {
        throw new BundleValidationException(e.report());
      }
      if (failure != null) {
        throw new IllegalStateException("the built-in bundle could not be loaded", failure);
      }
      return content;
    }

    /** The path the load took. */
    Path path() {
      return path;
    }

    /** Why the snapshot was not used; empty on the snapshot path. */
    String reason() {
      return reason;
    }
  }

  private BuiltIn() {}

  /** The shipped bundle's load, done on first call and kept: every call sees the same outcome. */
  static Load shipped() {
    return Shipped.LOAD;
  }

  /** Holder idiom: loads on first use, once, without locking afterwards; its initializer never throws. */
  private static final class Shipped {
    static final Load LOAD = guarded(new Supplier<Load>() {
      @Override
      public Load get() {
        return load(new BundleFiles.Classpath(EpiduralContent.class.getModule(), EpiduralContent.BUILT_IN_LOCATION),
            ownResource(CHECKSUMS), ownResource(SNAPSHOT), SystemClock.DEFAULT_ZONE);
      }
    });

    private static Optional<byte[]> ownResource(String name) {
      return new BundleFiles.Classpath(EpiduralContent.class.getModule(), "").read(name, new Problems());
    }
  }

  /**
   * Runs {@code load} and keeps what it gave, an exception included, so that the caller of
   * {@link Load#content()} gets the documented exception on every call. The seam a test injects a
   * failure through.
   */
  static Load guarded(Supplier<Load> load) {
    try {
      return Objects.requireNonNull(load.get(), "load");
    } catch (BundleValidationException e) {
      return new Load(null, e, Path.REFUSED, "it was refused");
    } catch (RuntimeException e) {
      return new Load(null, e, Path.REFUSED, "it failed: " + e);
    }
  }

  /** As {@link #load}, returning the content or throwing: for tests. */
  static EpiduralContent loadOrThrow(BundleFiles shipped, Optional<byte[]> recorded, Optional<byte[]> snapshot,
                                     Clock clock) {
    return load(shipped, recorded, snapshot, clock).content();
  }

  /**
   * Loads a built-in bundle from {@code shipped}, with the checksums recorded by the build and its
   * snapshot, judging review dates by {@code clock}.
   *
   * @throws BundleValidationException if the files differ from the recorded checksums or do not validate
   */
  static Load load(BundleFiles shipped, Optional<byte[]> recorded, Optional<byte[]> snapshot, Clock clock) {
    BundleFiles files = shipped.cached();
    if (recorded.isEmpty()) {
      LocalDate today = SystemClock.today(clock);
      String reason = "no checksums were recorded beside it (built without the build's process-classes step)";
      warn(reason, files);
      BundleReader.Result full = BundleReader.read(files, true, today);
      if (full.catalogue().isPresent() && full.info().isPresent()) {
        return new Load(new EpiduralContent(full.info().get(), full.catalogue().get(), full.report(),
            List.of(Loader.layer(shipped))), null, Path.VALIDATED, reason);
      }
      throw refused(files, full, "the built-in bundle has no recorded checksums and does not validate");
    }
    Map<String, String> checksums = Checksums.parse(recorded.get());
    if (Checksums.matches(files, checksums)) {
      String reason;
      if (snapshot.isPresent()) {
        Snapshot.Result read = Snapshot.read(snapshot.get());
        if (read.content().isPresent() && read.content().get().checksums().equals(checksums)) {
          Snapshot.Content fast = read.content().get();
          Problems problems = new Problems();
          LocalDate today = SystemClock.todayForReviewsDue(clock, earliestDue(fast));
          Catalogue catalogue = Snapshot.catalogue(fast, files, today, problems);
          return new Load(new EpiduralContent(fast.info(), catalogue,
              new ValidationReport(files.describe(), Optional.of(fast.info()), problems.toList()),
              List.of(Loader.layer(shipped))), null, Path.SNAPSHOT, "");
        }
        reason = read.content().isPresent() ? "it is stale: made from other files than those shipped" : read.reason();
      } else {
        reason = "there is none";
      }
      // Correct but slower from here on; say why, so a slow start can be traced to its cause.
      warn(reason, files);
      BundleReader.Result result = BundleReader.readTrusted(files, SystemClock.today(clock));
      if (result.catalogue().isPresent() && result.info().isPresent()) {
        // Recording the shipped files lets the built-in content be the base of an overlay.
        return new Load(new EpiduralContent(result.info().get(), result.catalogue().get(), result.report(),
            List.of(Loader.layer(shipped))), null, Path.TRUSTED, reason);
      }
    }
    throw refused(files, BundleReader.read(files, true, SystemClock.today(clock)),
        "the built-in bundle's files do not match the checksums recorded when it was validated at build time; "
            + "it was altered or corrupted after the build");
  }

  /**
   * The earliest next-review date of the snapshot's default review and items, or null when there is
   * none: the only dates the review stage compares with today on the snapshot path, which holds no
   * sign-offs.
   */
  private static LocalDate earliestDue(Snapshot.Content content) {
    // Loops and no lambda: this runs in every cold start.
    LocalDate earliest = content.defaultReview().isPresent() ? earlier(null, content.defaultReview().get()) : null;
    for (Item item : content.items()) {
      earliest = earlier(earliest, item.review());
    }
    return earliest;
  }

  /** The earlier of {@code date} (null for none) and the next-review date of {@code review}. */
  private static LocalDate earlier(LocalDate date, Review review) {
    Optional<LocalDate> due = review.nextReview();
    return due.isPresent() && (date == null || due.get().isBefore(date)) ? due.get() : date;
  }

  private static BundleValidationException refused(BundleFiles files, BundleReader.Result full, String message) {
    List<Problem> problems = new ArrayList<>(full.report().problems());
    problems.add(new Problem(ProblemCode.IO_BUILT_IN_ALTERED.code(), Severity.ERROR, message, BundleFiles.MANIFEST, "",
        OptionalInt.empty(), OptionalInt.empty()));
    return new BundleValidationException(new ValidationReport(files.describe(), full.info(), problems));
  }

  private static void warn(String reason, BundleFiles files) {
    org.slf4j.LoggerFactory.getLogger(EpiduralContent.class).warn(
        "the built-in bundle's snapshot is not used: {}; reading {} instead", reason, files.describe());
  }
}
