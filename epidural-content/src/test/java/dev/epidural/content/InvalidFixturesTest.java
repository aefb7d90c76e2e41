package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem code has an invalid fixture, and each fixture reports its code at the file,
 * pointer, line and column that {@code invalid/fixtures.tsv} gives. The expected positions were
 * worked out from each fixture's text when it was written, not copied from the loader's output.
 */
class InvalidFixturesTest {

  record Row(String fixture, String code, String file, String pointer, OptionalInt line, OptionalInt column) {
    @Override
    public String toString() {
      return fixture + " -> " + code;
    }
  }

  static List<Row> rows() throws IOException {
    return Files.readAllLines(Fixtures.resource("invalid/fixtures.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t", -1))
        .map(c -> new Row(c[0], c[1], c[2], c[3], num(c[4]), num(c[5])))
        .toList();
  }

  private static OptionalInt num(String s) {
    return s.equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
  }

  private static Path bundleOf(Row row, Path tmp) {
    Path fixture = Fixtures.resource("invalid/" + row.fixture());
    return Files.isDirectory(fixture) ? Fixtures.patched(fixture, tmp.resolve("bundle")) : fixture;
  }

  /**
   * A fixture with a {@code builtin.checksums} stands for an altered built-in bundle: it is loaded the
   * way {@link EpiduralContent#builtIn()} loads, against those recorded checksums.
   */
  private static Optional<byte[]> recordedDigests(Path bundle) throws IOException {
    Path digests = bundle.resolve("builtin.checksums");
    return Files.isRegularFile(digests) ? Optional.of(Files.readAllBytes(digests)) : Optional.empty();
  }

  private static ValidationReport reportOf(Row row, Path tmp, boolean strict) throws IOException {
    Path bundle = bundleOf(row, tmp);
    Optional<byte[]> digests = Files.isDirectory(bundle) ? recordedDigests(bundle) : Optional.empty();
    if (digests.isPresent()) {
      try {
        BuiltIn.loadOrThrow(new dev.epidural.content.internal.read.BundleFiles.Classpath(
            new java.net.URLClassLoader(new java.net.URL[] {bundle.toUri().toURL()}, null), ""), digests,
            Optional.empty(), Fixtures.TODAY);
        throw new AssertionError("an altered built-in bundle loaded");
      } catch (BundleValidationException e) {
        return e.report();
      }
    }
    Loader loader = Fixtures.loader(bundle).strict(strict);
    if (!strict) {
      return loader.validate();
    }
    try {
      loader.load();
      throw new AssertionError("fixture " + row.fixture() + " loaded in strict mode");
    } catch (BundleValidationException e) {
      return e.report();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachInvalidFixtureReportsItsCodeWhereItHappens(Row row, @TempDir Path tmp) throws IOException {
    ValidationReport report = reportOf(row, tmp, false);

    assertThat(report.problems())
        .as(report.toString())
        .anySatisfy(p -> {
          assertThat(p.code()).isEqualTo(row.code());
          assertThat(p.file()).endsWith(row.file());
          assertThat(p.pointer()).isEqualTo(row.pointer());
          assertThat(p.line()).isEqualTo(row.line());
          assertThat(p.column()).isEqualTo(row.column());
          assertThat(p.severity()).isEqualTo(severityOf(p.code()));
          assertThat(p.message()).isNotBlank();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void noInvalidFixtureLoadsInStrictMode(Row row, @TempDir Path tmp) throws IOException {
    ValidationReport report = reportOf(row, tmp, true);

    assertThat(report.isValid()).isFalse();
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(row.code()));
  }

  /**
   * Translation and overlay codes need a base and a second file, so their tests build the fixtures
   * over resource bundles; {@code covered-elsewhere.tsv} names the test class for each, and that
   * class must assert the code.
   */
  @Test
  void everyProblemCodeHasAFixture() throws IOException {
    Set<String> covered = rows().stream().map(Row::code).collect(Collectors.toSet());
    for (String line : Files.readAllLines(Fixtures.resource("invalid/covered-elsewhere.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      Path test = Path.of(System.getProperty("user.dir"), "src/test/java", cols[1]);
      assertThat(Files.readString(test)).as(cols[1] + " asserts " + cols[0]).contains("\"" + cols[0] + "\"");
      covered.add(cols[0]);
    }

    assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::code)).allMatch(covered::contains,
        "has a row in invalid/fixtures.tsv or invalid/covered-elsewhere.tsv");
  }

  @Test
  void everyCodeIsDocumentedInProblemsMd() throws IOException {
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/problems.md").normalize();
    String text = Files.readString(doc);

    for (ProblemCode code : ProblemCode.values()) {
      assertThat(text).as("docs/problems.md documents " + code.code()).contains("`" + code.code() + "`");
    }
  }

  private static Severity severityOf(String code) {
    return Arrays.stream(ProblemCode.values()).filter(c -> c.code().equals(code)).findFirst().orElseThrow().severity();
  }
}
