package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.epidural.content.internal.BuiltInArtifacts;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.snapshot.Checksums;
import dev.epidural.content.internal.snapshot.Snapshot;
import dev.epidural.model.Citation;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.ReviewStatus;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * The built-in bundle: strictly valid, covering every listed source statement, and loaded at run
 * time only when its bytes are the ones validated here.
 */
class BuiltInBundleTest {

  private static BundleFiles shipped() {
    return new BundleFiles.Classpath(EpiduralContent.class.getModule(), EpiduralContent.BUILT_IN_LOCATION);
  }

  private static EpiduralContent fullyValidated() {
    return EpiduralContent.loader().fromFiles(shipped()).strict(true).load();
  }

  @Test
  void theShippedBundleIsValidInStrictMode() {
    ValidationReport report = EpiduralContent.loader().fromFiles(shipped()).strict(true).validate();

    assertThat(report.problems()).as(report.toString()).isEmpty();
  }

  @Test
  void theBuildRecordedTheChecksumsOfTheShippedFiles() throws IOException {
    Map<String, String> actual = Checksums.parse(Checksums.of(shipped()).orElseThrow().getBytes(StandardCharsets.UTF_8));

    assertThat(Checksums.parse(recorded().orElseThrow()))
        .as("builtin.checksums is written by the build (BuiltInArtifacts, process-classes)")
        .isEqualTo(actual)
        .containsKey("bundle.json");
  }

  /**
   * The snapshot the build wrote is what a strict, full validation of the shipped files gives, and
   * writing it again (here, in another JVM than the build's) gives the same bytes: the build is
   * reproducible.
   */
  @Test
  void theSnapshotIsTheStrictlyValidatedBundleAndIsReproducible(@TempDir Path tmp) throws IOException {
    EpiduralContent full = fullyValidated();
    Path classes = tmp.resolve("classes");
    copyOfShipped(classes.resolve("dev/epidural/content"));
    BuiltInArtifacts.main(new String[] {classes.toString()});

    assertThat(Files.readAllBytes(classes.resolve(BuiltIn.SNAPSHOT))).isEqualTo(shippedSnapshot());
    assertThat(Files.readAllBytes(classes.resolve(BuiltIn.CHECKSUMS))).isEqualTo(recorded().orElseThrow());
    Snapshot.Content read = Snapshot.read(shippedSnapshot()).content().orElseThrow();
    assertThat(read.items()).isEqualTo(full.items());
    assertThat(read.info()).isEqualTo(full.bundle());
    assertThat(read.checksums()).isEqualTo(Checksums.parse(recorded().orElseThrow()));
  }

  /** The build fails on a bundle that is not strictly valid, with the located problems, and writes nothing. */
  @Test
  void theBuildRefusesAnInvalidBundleWithItsLocatedProblems(@TempDir Path tmp) throws IOException {
    Path classes = tmp.resolve("classes");
    Path faq = copyOfShipped(classes.resolve("dev/epidural/content")).resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\\{", "{{"));

    assertThatThrownBy(() -> BuiltInArtifacts.main(new String[] {classes.toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not valid in strict mode")
        .hasMessageMatching("(?s).*faq\\.json:\\d+:\\d+: error EPI-JSON-001 .*");
    assertThat(classes.resolve(BuiltIn.SNAPSHOT)).doesNotExist();
    assertThat(classes.resolve(BuiltIn.CHECKSUMS)).doesNotExist();
  }

  @Test
  void builtInTakesTheSnapshotPath() {
    CapturedLogs.clear();
    BuiltIn.Load load = BuiltIn.shipped();

    assertThat(load.path()).as(load.reason()).isEqualTo(BuiltIn.Path.SNAPSHOT);
    assertThat(load.content().report().problems()).isEmpty();
  }

  @Test
  void aDamagedSnapshotIsReportedAndTheJsonIsReadInstead(@TempDir Path tmp) throws IOException {
    byte[] snapshot = shippedSnapshot();
    for (int at : new int[] {0, 3, 30, 40, snapshot.length / 2, snapshot.length - 1}) {
      byte[] damaged = snapshot.clone();
      damaged[at] ^= 0x20;
      assertThat(Snapshot.read(damaged).content()).as("flipped byte " + at).isEmpty();
      assertThat(Snapshot.read(damaged).reason()).as("flipped byte " + at).startsWith("it is damaged");
    }
    assertThat(Snapshot.read(java.util.Arrays.copyOf(snapshot, snapshot.length - 7)).reason())
        .startsWith("it is damaged");

    byte[] damaged = snapshot.clone();
    damaged[damaged.length / 2] ^= 0x20;
    assertFallsBackToTheFiles(tmp, damaged, "it is damaged: its CRC-32 does not match");
  }

  @Test
  void aSnapshotOfAnotherFormatVersionIsStale(@TempDir Path tmp) throws IOException {
    byte[] stale = shippedSnapshot();
    ByteBuffer.wrap(stale).putInt(4, Snapshot.FORMAT_VERSION - 1);

    assertFallsBackToTheFiles(tmp, stale, "it is stale: format version " + (Snapshot.FORMAT_VERSION - 1));
  }

  @Test
  void aSnapshotOfAnotherModelIsStale(@TempDir Path tmp) throws IOException {
    byte[] stale = shippedSnapshot();
    ByteBuffer buffer = ByteBuffer.wrap(stale);
    buffer.putLong(8, ~buffer.getLong(8));

    assertFallsBackToTheFiles(tmp, stale, "it is stale: written for a model with fingerprint");
  }

  @Test
  void aMissingSnapshotIsReportedAndTheJsonIsReadInstead(@TempDir Path tmp) throws IOException {
    CapturedLogs.clear();
    BuiltIn.Load load = BuiltIn.load(classpath(copyOfShipped(tmp)), recorded(), Optional.empty(), Fixtures.TODAY);

    assertThat(load.path()).isEqualTo(BuiltIn.Path.TRUSTED);
    assertThat(load.content().items()).isEqualTo(fullyValidated().items());
    assertThat(warnings()).singleElement().asString().contains("there is none");
  }

  private static void assertFallsBackToTheFiles(Path tmp, byte[] snapshot, String reason) throws IOException {
    CapturedLogs.clear();
    BuiltIn.Load load = BuiltIn.load(classpath(copyOfShipped(tmp)), recorded(), Optional.of(snapshot), Fixtures.TODAY);

    assertThat(load.path()).isEqualTo(BuiltIn.Path.TRUSTED);
    assertThat(load.reason()).startsWith(reason);
    assertThat(load.content().items()).isEqualTo(fullyValidated().items());
    assertThat(load.content().bundle()).isEqualTo(fullyValidated().bundle());
    assertThat(warnings()).singleElement().asString()
        .startsWith("the built-in bundle's snapshot is not used: " + reason).contains("instead");
  }

  private static List<String> warnings() {
    return CapturedLogs.events().stream()
        .filter(e -> e.level() == Level.WARN && e.logger().equals(EpiduralContent.class.getName()))
        .map(CapturedLogs.Event::message).toList();
  }

  @Test
  void aSnapshotOfOtherFilesIsNotUsedForAlteredContent(@TempDir Path tmp) throws IOException {
    Path copy = copyOfShipped(tmp);
    Path faq = copy.resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\"text\": \"", "\"text\": \"Changed: "));

    assertThatThrownBy(() -> BuiltIn.loadOrThrow(classpath(copy), recorded(), Optional.of(shippedSnapshot()),
        Fixtures.TODAY))
        .isInstanceOf(BundleValidationException.class)
        .satisfies(e -> assertThat(((BundleValidationException) e).report().problems())
            .extracting(Problem::code).containsExactly("EPI-IO-008"));
  }

  /** Review dates are judged at every load, on every path: once the next review is due, the report says so. */
  @Test
  void anOverdueReviewIsReportedOnTheSnapshotAndTheTrustedPath(@TempDir Path tmp) throws IOException {
    Clock later = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
    BundleFiles files = classpath(copyOfShipped(tmp));

    BuiltIn.Load fromSnapshot = BuiltIn.load(files, recorded(), Optional.of(shippedSnapshot()), later);
    BuiltIn.Load trusted = BuiltIn.load(files, recorded(), Optional.empty(), later);

    assertThat(fromSnapshot.path()).isEqualTo(BuiltIn.Path.SNAPSHOT);
    assertThat(trusted.path()).isEqualTo(BuiltIn.Path.TRUSTED);
    List<Problem> problems = fromSnapshot.content().report().problems();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-REV-001");
      assertThat(p.severity()).isEqualTo(dev.epidural.model.Severity.WARNING);
      assertThat(p.file()).isEqualTo("bundle.json");
      assertThat(p.pointer()).isEqualTo("/defaultReview/nextReview");
      assertThat(p.line()).isNotEmpty();
      assertThat(p.message()).contains("today is 2031-01-01");
    });
    assertThat(trusted.content().report().problems()).isEqualTo(problems);
    assertThat(BuiltIn.load(files, recorded(), Optional.of(shippedSnapshot()), Fixtures.TODAY).content().report()
        .problems()).isEmpty();
  }

  /** A refused load is kept: every call throws the documented exception, never an initializer error. */
  @Test
  void aRefusedLoadThrowsTheDocumentedExceptionOnEveryCall() {
    ValidationReport report = new ValidationReport("classpath:builtin", Optional.empty(), List.of(new Problem(
        "EPI-IO-008", dev.epidural.model.Severity.ERROR, "altered", "bundle.json", "", OptionalInt.empty(),
        OptionalInt.empty())));
    int[] loads = {0};
    BuiltIn.Load load = BuiltIn.guarded(() -> {
      loads[0]++;
      throw new BundleValidationException(report);
    });

    for (int call = 0; call < 3; call++) {
      assertThatThrownBy(load::content).isInstanceOf(BundleValidationException.class)
          .satisfies(e -> assertThat(((BundleValidationException) e).report()).isEqualTo(report));
    }
    assertThat(loads[0]).isEqualTo(1);
    assertThat(load.path()).isEqualTo(BuiltIn.Path.REFUSED);
  }

  /**
   * {@code builtIn()} itself, in a class loader of its own whose built-in bundle was altered: the
   * first and every later call throw {@link BundleValidationException}.
   */
  @Test
  void builtInOfAnAlteredJarThrowsBundleValidationExceptionOnEveryCall(@TempDir Path tmp) throws Exception {
    Path altered = tmp.resolve("altered");
    Path faq = copyOfShipped(altered.resolve("dev/epidural/content")).resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\"text\": \"", "\"text\": \"Changed: "));
    List<URL> urls = new ArrayList<>();
    urls.add(altered.toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      java.lang.reflect.Method builtIn = Class.forName(EpiduralContent.class.getName(), true, loader)
          .getMethod("builtIn");
      for (int call = 0; call < 2; call++) {
        assertThatThrownBy(() -> builtIn.invoke(null)).as("call " + call)
            .isInstanceOf(java.lang.reflect.InvocationTargetException.class)
            .cause().satisfies(e -> assertThat(e.getClass().getName())
                .isEqualTo(BundleValidationException.class.getName()))
            .hasMessageContaining("EPI-IO-008");
      }
    }
  }

  private static byte[] shippedSnapshot() throws IOException {
    try (InputStream in = EpiduralContent.class.getModule().getResourceAsStream(BuiltIn.SNAPSHOT)) {
      assertThat(in).as("builtin.snapshot is written by the build (BuiltInArtifacts, process-classes)").isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void builtInIsLoadedOnceAndHoldsWhatTheFullValidationHolds() {
    EpiduralContent builtIn = EpiduralContent.builtIn();

    assertThat(EpiduralContent.builtIn()).isSameAs(builtIn);
    assertThat(builtIn.items()).isEqualTo(fullyValidated().items());
    assertThat(builtIn.bundle().id()).isEqualTo("epidural-builtin");
    assertThat(builtIn.all(Procedure.class)).isNotEmpty();
  }

  @Test
  void everyItemCitesASourceAndClaimsNoClinicalReview() {
    for (Item item : fullyValidated().items()) {
      assertThat(item.sources()).as(item.id().value()).isNotEmpty();
      assertThat(item.review().status()).as(item.id().value()).isEqualTo(ReviewStatus.SOURCED);
    }
  }

  @Test
  void everySourceStatementInTheCoverageListIsCitedByAnItem() throws IOException {
    Set<String> cited = new HashSet<>();
    for (Item item : fullyValidated().items()) {
      for (Citation c : item.sources()) {
        cited.add(c.source().value() + "\t" + c.locator());
      }
    }
    List<String> lines = Files.readAllLines(Fixtures.resource("builtin-coverage.tsv"));

    assertThat(lines).hasSizeGreaterThan(100);
    assertThat(lines.subList(1, lines.size()))
        .filteredOn(l -> !l.isBlank())
        .allSatisfy(l -> {
          String[] cols = l.split("\t");
          assertThat(cited).as("no item cites %s (%s)", cols[0] + " / " + cols[1], cols[2])
              .contains(cols[0] + "\t" + cols[1]);
        });
  }

  @Test
  void anAlteredButValidBuiltInBundleIsRefused(@TempDir Path tmp) throws IOException {
    Path copy = copyOfShipped(tmp);
    Path faq = copy.resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\"text\": \"", "\"text\": \"Changed: "));

    assertThat(refusedCodes(copy)).containsExactly("EPI-IO-008");
  }

  /** The codes of the problems {@code BuiltIn.loadOrThrow} refuses {@code copy} with; fails if it loads. */
  private static List<String> refusedCodes(Path copy) {
    BundleValidationException e = catchThrowableOfType(BundleValidationException.class,
        () -> BuiltIn.loadOrThrow(classpath(copy), recorded(), Optional.empty(), Fixtures.TODAY));
    assertThat(e).as("refused").isNotNull();
    return e.report().problems().stream().map(Problem::code).toList();
  }

  @Test
  void aCorruptedBuiltInBundleIsRefusedWithItsProblems(@TempDir Path tmp) throws IOException {
    Path copy = copyOfShipped(tmp);
    Path faq = copy.resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\\{", "{{"));

    assertThat(refusedCodes(copy)).contains("EPI-JSON-001", "EPI-IO-008");
  }

  @Test
  void anUnalteredCopyLoadsThroughTheTrustedPath(@TempDir Path tmp) throws IOException {
    BuiltIn.Load load = BuiltIn.load(classpath(copyOfShipped(tmp)), recorded(), Optional.empty(), Fixtures.TODAY);
    EpiduralContent content = load.content();

    assertThat(load.path()).isEqualTo(BuiltIn.Path.TRUSTED);

    assertThat(content.items()).isEqualTo(fullyValidated().items());
  }

  private static Optional<byte[]> recorded() throws IOException {
    try (InputStream in = EpiduralContent.class.getModule().getResourceAsStream(BuiltIn.CHECKSUMS)) {
      assertThat(in).as("builtin.checksums is written by the build (BuiltInArtifacts, process-classes)").isNotNull();
      return Optional.of(in.readAllBytes());
    }
  }

  private static Path copyOfShipped(Path tmp) throws IOException {
    Path dir = tmp.resolve("builtin");
    Files.createDirectories(dir);
    for (String name : Checksums.parse(Checksums.of(shipped()).orElseThrow().getBytes(StandardCharsets.UTF_8)).keySet()) {
      try (InputStream in = EpiduralContent.class.getModule().getResourceAsStream(
          EpiduralContent.BUILT_IN_LOCATION + "/" + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    return dir;
  }

  private static BundleFiles classpath(Path dir) throws IOException {
    return new BundleFiles.Classpath(new URLClassLoader(new URL[] {dir.toUri().toURL()}, null), "");
  }
}
