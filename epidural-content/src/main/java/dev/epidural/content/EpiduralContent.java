package dev.epidural.content;

import dev.epidural.content.internal.BundleFiles;
import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.Catalogue;
import dev.epidural.content.internal.Digests;
import dev.epidural.content.internal.ProblemCode;
import dev.epidural.content.internal.Problems;
import dev.epidural.model.Item;
import dev.epidural.model.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Validated epidural procedure content: the one way into {@code epidural-content}. Immutable and
 * thread-safe; every item in it has passed every check.
 *
 * <pre>{@code
 * EpiduralContent content = EpiduralContent.builtIn();
 * List<Procedure> procedures = content.all(Procedure.class);
 *
 * ValidationReport report = EpiduralContent.validate(Path.of("my-bundle"));
 * }</pre>
 */
public final class EpiduralContent {

  /** Where the built-in bundle lives inside this module. */
  static final String BUILT_IN_LOCATION = "dev/epidural/content/builtin";

  private final BundleInfo info;
  private final Catalogue catalogue;
  private final ValidationReport report;

  EpiduralContent(BundleInfo info, Catalogue catalogue, ValidationReport report) {
    this.info = info;
    this.catalogue = catalogue;
    this.report = report;
  }

  /**
   * A loader to configure and run.
   *
   * <pre>{@code
   * EpiduralContent content = EpiduralContent.loader().from(Path.of("bundle")).load();
   * }</pre>
   *
   * @return a loader with no bundle chosen yet
   */
  public static Loader loader() {
    return Loader.unconfigured();
  }

  /**
   * The bundle shipped with this library: sourced content covering the epidural space, regions,
   * approaches, medications, procedures and patient questions. Loaded once, on first use,
   * thread-safe.
   *
   * @return the built-in content
   * @throws BundleValidationException if the shipped bundle was altered and no longer validates
   */
  public static EpiduralContent builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Holder idiom: the built-in bundle loads on first use, once, without locking afterwards. */
  private static final class BuiltIn {
    static final EpiduralContent INSTANCE = loadBuiltIn(
        new BundleFiles.Classpath(EpiduralContent.class.getModule(), BUILT_IN_LOCATION),
        new BundleFiles.Classpath(EpiduralContent.class.getModule(), "")
            .read(BUILT_IN_DIGESTS, new Problems()), Clock.systemDefaultZone());
  }

  /** The SHA-256 digests of the built-in bundle's files, recorded when its build-time test validated them. */
  static final String BUILT_IN_DIGESTS = BUILT_IN_LOCATION + ".sha256";

  /**
   * Loads a built-in bundle. When its files match the recorded digests, the full validation already
   * ran at build time (the bundle's test fails unless the digests match a strictly valid bundle),
   * so only parsing and binding run now. Otherwise the bundle was altered after it was validated:
   * it is validated in full, strictly, and refused with {@code EPI-IO-008} whatever else is found.
   */
  static EpiduralContent loadBuiltIn(BundleFiles shipped, Optional<byte[]> recorded, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    BundleFiles files = shipped.cached();
    if (recorded.isPresent() && Digests.matches(files, Digests.parse(recorded.get()))) {
      BundleReader.Result result = BundleReader.readTrusted(files, today);
      if (result.catalogue().isPresent() && result.info().isPresent()) {
        return new EpiduralContent(result.info().get(), result.catalogue().get(), result.report());
      }
    }
    BundleReader.Result full = BundleReader.read(files, true, today);
    List<Problem> problems = new ArrayList<>(full.report().problems());
    problems.add(new Problem(ProblemCode.IO_BUILT_IN_ALTERED.code(), Severity.ERROR,
        "the built-in bundle's files do not match the digests recorded when it was validated at build time; "
            + "it was altered or corrupted after the build", BundleFiles.MANIFEST, "", OptionalInt.empty(),
        OptionalInt.empty()));
    throw new BundleValidationException(new ValidationReport(files.describe(), full.info(), problems));
  }

  /**
   * Validates the bundle at {@code path} and returns every problem, without throwing for bad
   * content.
   *
   * @param path a bundle folder, zip or manifest file
   * @return the report
   * @throws NullPointerException if {@code path} is null
   */
  public static ValidationReport validate(Path path) {
    return loader().from(Objects.requireNonNull(path, "path")).validate();
  }

  /**
   * What the bundle's manifest says about it.
   *
   * @return the bundle information
   */
  public BundleInfo bundle() {
    return info;
  }

  /**
   * The report of the load: empty of errors, possibly with warnings.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Every item, in bundle order.
   *
   * @return an immutable list
   */
  public List<Item> items() {
    return catalogue.items();
  }

  /**
   * Every item of one kind, in bundle order.
   *
   * @param type the item record, such as {@code Procedure.class}
   * @param <T> the item type
   * @return an immutable list, empty if the bundle has none
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends Item> List<T> all(Class<T> type) {
    return catalogue.all(Objects.requireNonNull(type, "type"));
  }

  /**
   * The item with this id, of any kind.
   *
   * @param id the id
   * @return the item, or empty
   */
  public Optional<Item> item(String id) {
    return catalogue.byId(Objects.requireNonNull(id, "id"));
  }

  /**
   * The item of this kind with this id.
   *
   * @param type the item record
   * @param id the id
   * @param <T> the item type
   * @return the item, or empty if there is none of that kind
   */
  public <T extends Item> Optional<T> item(Class<T> type, String id) {
    return catalogue.byId(Objects.requireNonNull(type, "type"), Objects.requireNonNull(id, "id"));
  }

  /** Package-private: the catalogue behind this content, for the query API. */
  Catalogue catalogue() {
    return catalogue;
  }

  @Override
  public String toString() {
    return "EpiduralContent[" + info.id() + " " + info.version() + ", " + catalogue.items().size() + " items]";
  }
}
