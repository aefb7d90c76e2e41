package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.snapshot.Digests;
import dev.epidural.content.internal.snapshot.Snapshot;
import dev.epidural.model.Citation;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.ReviewStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void theRecordedDigestsAreThoseOfTheValidatedFiles() throws IOException {
    String actual = Digests.of(shipped()).orElseThrow();
    String recorded;
    try (InputStream in = EpiduralContent.class.getModule().getResourceAsStream(EpiduralContent.BUILT_IN_DIGESTS)) {
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(Digests.parse(recorded.getBytes(StandardCharsets.UTF_8)))
        .as("the built-in bundle changed: once this class's other tests pass, write these lines to "
            + "epidural-content/src/main/resources/" + EpiduralContent.BUILT_IN_DIGESTS + ":%n%s", actual)
        .isEqualTo(Digests.parse(actual.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The pre-validated form {@code builtIn()} reads is exactly what a strict, full validation of the
   * shipped files gives. After a content change: {@code ./mvnw -B -q -pl epidural-content -am verify
   * -Dsnapshot.update=true} rewrites it.
   */
  @Test
  void theSnapshotIsTheStrictlyValidatedBundle() throws IOException {
    EpiduralContent full = fullyValidated();
    Map<String, String> checksums = Digests.parse(Digests.of(shipped()).orElseThrow().getBytes(StandardCharsets.UTF_8));
    byte[] expected = Snapshot.write(checksums, full.bundle(), full.catalogue());
    Path committed = Path.of(System.getProperty("user.dir"), "src/main/resources", EpiduralContent.BUILT_IN_SNAPSHOT);
    if (Boolean.getBoolean("snapshot.update")) {
      Files.write(committed, expected);
    }

    assertThat(Files.readAllBytes(committed))
        .as("the built-in snapshot is stale: run ./mvnw -B -q -pl epidural-content -am verify -Dsnapshot.update=true")
        .isEqualTo(expected);
    Snapshot.Content read = Snapshot.read(expected).orElseThrow();
    assertThat(read.catalogue().items()).isEqualTo(full.items());
    assertThat(read.info()).isEqualTo(full.bundle());
    assertThat(read.checksums()).isEqualTo(checksums);
  }

  @Test
  void aDamagedSnapshotReadsAsAbsentAndTheJsonIsReadInstead(@TempDir Path tmp) throws IOException {
    byte[] snapshot = shippedSnapshot();
    for (int at : new int[] {0, 9, 40, snapshot.length / 2, snapshot.length - 1}) {
      byte[] damaged = snapshot.clone();
      damaged[at] ^= 0x20;
      assertThat(Snapshot.read(damaged)).as("flipped byte " + at).isEmpty();
    }
    assertThat(Snapshot.read(java.util.Arrays.copyOf(snapshot, snapshot.length - 7))).isEmpty();

    byte[] damaged = snapshot.clone();
    damaged[damaged.length / 2] ^= 0x20;
    EpiduralContent content = EpiduralContent.loadBuiltIn(classpath(copyOfShipped(tmp)), recorded(),
        Optional.of(damaged), Fixtures.TODAY);
    assertThat(content.items()).isEqualTo(fullyValidated().items());
  }

  @Test
  void aSnapshotOfOtherFilesIsNotUsedForAlteredContent(@TempDir Path tmp) throws IOException {
    Path copy = copyOfShipped(tmp);
    Path faq = copy.resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\"text\": \"", "\"text\": \"Changed: "));

    assertThatThrownBy(() -> EpiduralContent.loadBuiltIn(classpath(copy), recorded(), Optional.of(shippedSnapshot()),
        Fixtures.TODAY))
        .isInstanceOf(BundleValidationException.class)
        .satisfies(e -> assertThat(((BundleValidationException) e).report().problems())
            .extracting(Problem::code).containsExactly("EPI-IO-008"));
  }

  private static byte[] shippedSnapshot() throws IOException {
    try (InputStream in = EpiduralContent.class.getModule().getResourceAsStream(EpiduralContent.BUILT_IN_SNAPSHOT)) {
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

    assertThatThrownBy(() -> EpiduralContent.loadBuiltIn(classpath(copy), recorded(), Fixtures.TODAY))
        .isInstanceOf(BundleValidationException.class)
        .satisfies(e -> assertThat(((BundleValidationException) e).report().problems())
            .extracting(Problem::code).containsExactly("EPI-IO-008"));
  }

  @Test
  void aCorruptedBuiltInBundleIsRefusedWithItsProblems(@TempDir Path tmp) throws IOException {
    Path copy = copyOfShipped(tmp);
    Path faq = copy.resolve("faq.json");
    Files.writeString(faq, Files.readString(faq).replaceFirst("\\{", "{{"));

    assertThatThrownBy(() -> EpiduralContent.loadBuiltIn(classpath(copy), recorded(), Fixtures.TODAY))
        .isInstanceOf(BundleValidationException.class)
        .satisfies(e -> assertThat(((BundleValidationException) e).report().problems())
            .extracting(Problem::code).contains("EPI-JSON-001", "EPI-IO-008"));
  }

  @Test
  void anUnalteredCopyLoadsThroughTheTrustedPath(@TempDir Path tmp) throws IOException {
    EpiduralContent content = EpiduralContent.loadBuiltIn(classpath(copyOfShipped(tmp)), recorded(), Fixtures.TODAY);

    assertThat(content.items()).isEqualTo(fullyValidated().items());
  }

  private static Optional<byte[]> recorded() throws IOException {
    try (InputStream in = EpiduralContent.class.getModule().getResourceAsStream(EpiduralContent.BUILT_IN_DIGESTS)) {
      return Optional.of(in.readAllBytes());
    }
  }

  private static Path copyOfShipped(Path tmp) throws IOException {
    Path dir = tmp.resolve("builtin");
    Files.createDirectories(dir);
    for (String name : Digests.parse(Digests.of(shipped()).orElseThrow().getBytes(StandardCharsets.UTF_8)).keySet()) {
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
