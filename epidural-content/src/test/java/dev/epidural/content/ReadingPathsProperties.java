package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The loader reads a content file by its fast path (binding straight from the token stream) and
 * goes back to its reporting path (located tree, then binding) at the first doubt. Which path read
 * a file must never show: these properties hold the two to the same report and the same items.
 */
class ReadingPathsProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  @Property(tries = 300)
  void aMutatedBundleGetsTheSameReportFromBothPaths(@ForAll("mutations") BundleProperties.Mutation mutation,
      @ForAll @IntRange(min = 0, max = 100_000) int where) throws IOException {
    Path dir = Files.createTempDirectory("paths");
    try {
      Fixtures.copyInto(Fixtures.base(), dir);
      Path file = dir.resolve(where % 2 == 0 ? "procedures.json" : "vocabulary.json");
      Files.write(file, mutation.apply(Files.readString(file), where).getBytes(StandardCharsets.UTF_8));

      assertSameOutcome(dir, false);
      assertSameOutcome(dir, true);
    } finally {
      BundleProperties.delete(dir);
    }
  }

  @Provide
  Arbitrary<BundleProperties.Mutation> mutations() {
    return new BundleProperties().mutations();
  }

  @Property(tries = 40)
  void generatedValidBundlesGiveTheSameItemsFromBothPaths(@ForAll("bundles") List<Item> items) throws IOException {
    Path dir = Files.createTempDirectory("paths-valid");
    try {
      BundleProperties.write(dir, items);

      BundleReader.Result fast = read(dir, true, true);

      assertThat(fast.report().problems()).isEmpty();
      assertThat(fast.catalogue().orElseThrow().items()).containsExactlyElementsOf(
          read(dir, true, false).catalogue().orElseThrow().items());
    } finally {
      BundleProperties.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<Item>> bundles() {
    return new BundleProperties().bundles();
  }

  @Example
  void everyInvalidFixtureGetsTheSameReportFromBothPaths() throws IOException {
    Path invalid = Fixtures.resource("invalid");
    int compared = 0;
    try (Stream<Path> fixtures = Files.list(invalid)) {
      for (Path fixture : fixtures.filter(Files::isDirectory).sorted().toList()) {
        Path dir = Files.createTempDirectory("paths-fixture");
        try {
          Fixtures.patched(fixture, dir);
          assertSameOutcome(dir, true);
          compared++;
        } finally {
          BundleProperties.delete(dir);
        }
      }
    }
    assertThat(compared).isGreaterThan(40);
  }

  @Example
  void theValidFixturesGetTheSameItemsFromBothPaths() {
    assertSameOutcome(Fixtures.base(), true);
    assertThat(read(Fixtures.base(), true, true).catalogue()).isPresent();
  }

  private static void assertSameOutcome(Path dir, boolean strict) {
    BundleReader.Result fast = read(dir, strict, true);
    BundleReader.Result reporting = read(dir, strict, false);
    assertThat(fast.report().problems()).containsExactlyElementsOf(reporting.report().problems());
    assertThat(fast.info()).isEqualTo(reporting.info());
    assertThat(fast.catalogue().map(c -> c.items())).isEqualTo(reporting.catalogue().map(c -> c.items()));
  }

  private static BundleReader.Result read(Path dir, boolean strict, boolean fastPath) {
    Problems problems = new Problems();
    BundleFiles files = BundleFiles.of(dir, problems).orElseThrow();
    return fastPath ? BundleReader.read(List.of(files), Optional.empty(), strict, TODAY)
        : BundleReader.readWithoutFastPath(List.of(files), Optional.empty(), strict, TODAY);
  }
}
