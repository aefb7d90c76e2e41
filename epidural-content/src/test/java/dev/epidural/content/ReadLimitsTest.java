package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.internal.read.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ObjLongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link ReadLimits} on a {@link Loader}: checked as they are set, the defaults those of the
 * reader, and each limit, lowered, refusing what is one past it with the problem the default limit
 * gives one past the default, at the same place.
 */
class ReadLimitsTest {

  @TempDir
  Path tmp;

  // ---------------------------------------------------------------- the value

  @Test
  void theDefaultsAreTheReadersLimits() {
    ReadLimits d = ReadLimits.defaults();

    assertThat(d.maxFileBytes()).isEqualTo(Limits.MAX_FILE_BYTES).isEqualTo(64 * 1024 * 1024);
    assertThat(d.maxZipBytes()).isEqualTo(Limits.MAX_ZIP_BYTES).isEqualTo(128 * 1024 * 1024);
    assertThat(d.maxBundleBytes()).isEqualTo(Limits.MAX_ZIP_TOTAL_BYTES).isEqualTo(256L * 1024 * 1024);
    assertThat(d.maxZipEntries()).isEqualTo(Limits.MAX_ZIP_ENTRIES).isEqualTo(2_000);
    assertThat(d.maxNestingDepth()).isEqualTo(Limits.MAX_NESTING_DEPTH).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(Limits.MAX_STRING_LENGTH).isEqualTo(100_000);
    assertThat(d.maxNameLength()).isEqualTo(Limits.MAX_NAME_LENGTH).isEqualTo(256);
    assertThat(d.maxNumberLength()).isEqualTo(Limits.MAX_NUMBER_LENGTH).isEqualTo(32);
    assertThat(d.maxTokenCount()).isEqualTo(Limits.MAX_TOKEN_COUNT).isEqualTo(2_000_000L);
    assertThat(ReadLimits.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void aBuilderSetsEachLimitAndRebuildKeepsTheOthers() {
    ReadLimits all = ReadLimits.builder().maxFileBytes(1).maxZipBytes(2).maxBundleBytes(3).maxZipEntries(4)
        .maxNestingDepth(5).maxStringLength(6).maxNameLength(7).maxNumberLength(8).maxTokenCount(9).build();

    assertThat(List.of(all.maxFileBytes(), all.maxZipBytes(), all.maxBundleBytes(), all.maxZipEntries(),
        all.maxNestingDepth(), all.maxStringLength(), all.maxNameLength(), all.maxNumberLength(),
        all.maxTokenCount())).containsExactly(1, 2, 3L, 4, 5, 6, 7, 8, 9L);
    assertThat(all).hasToString("ReadLimits[maxFileBytes=1, maxZipBytes=2, maxBundleBytes=3, maxZipEntries=4, "
        + "maxNestingDepth=5, maxStringLength=6, maxNameLength=7, maxNumberLength=8, maxTokenCount=9]");
    ReadLimits one = all.rebuild().maxNestingDepth(50).build();
    assertThat(one.maxNestingDepth()).isEqualTo(50);
    assertThat(one.rebuild().maxNestingDepth(5).build()).isEqualTo(all).isNotSameAs(all);
    assertThat(one).isNotEqualTo(all);
    assertThat(all.maxNestingDepth()).as("built limits do not change with their builder").isEqualTo(5);
  }

  static Stream<BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder>> setters() {
    return Stream.of((b, v) -> b.maxFileBytes(v.intValue()), (b, v) -> b.maxZipBytes(v.intValue()),
        ReadLimits.Builder::maxBundleBytes, (b, v) -> b.maxZipEntries(v.intValue()),
        (b, v) -> b.maxNestingDepth(v.intValue()), (b, v) -> b.maxStringLength(v.intValue()),
        (b, v) -> b.maxNameLength(v.intValue()), (b, v) -> b.maxNumberLength(v.intValue()),
        ReadLimits.Builder::maxTokenCount);
  }

  @ParameterizedTest
  @MethodSource("setters")
  void aLimitBelowOneIsRefusedAsItIsSet(BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder> set) {
    ReadLimits.Builder b = ReadLimits.builder();

    assertThatThrownBy(() -> set.apply(b, 0L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("max\\w+ must be from 1 to \\d+, not 0");
    assertThatThrownBy(() -> set.apply(b, -1L)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.build()).as("a refused value leaves the builder as it was").isEqualTo(ReadLimits.defaults());
    assertThat(set.apply(b, 1L).build()).isNotEqualTo(ReadLimits.defaults());
  }

  @Test
  void aLimitPastWhatTheReaderCanHoldIsRefused() {
    int largestArray = Integer.MAX_VALUE - 8;

    assertThat(ReadLimits.builder().maxFileBytes(largestArray).maxZipBytes(largestArray)
        .maxNestingDepth(Integer.MAX_VALUE - 1).build().maxFileBytes()).isEqualTo(largestArray);
    assertThatThrownBy(() -> ReadLimits.builder().maxFileBytes(largestArray + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileBytes");
    assertThatThrownBy(() -> ReadLimits.builder().maxZipBytes(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxZipBytes");
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
  }

  @Test
  void aLoaderNeedsLimits() {
    assertThatThrownBy(() -> EpiduralContent.loader().readLimits(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("readLimits");
  }

  // ---------------------------------------------------------------- each limit, lowered

  /** Writes into a folder the input whose measure (bytes, depth, entries...) is the given size. */
  @FunctionalInterface
  interface Input {
    Path write(Path dir, long size) throws IOException;
  }

  /**
   * One limit: its problem code, its default, a lowered value still above what the base bundle
   * needs, how to set it, and the input of a given size.
   */
  record Case(String name, ProblemCode code, long lowered, BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder> set,
              Input input) {
    long byDefault() {
      return switch (name) {
        case "nesting depth" -> Limits.MAX_NESTING_DEPTH;
        case "string length" -> Limits.MAX_STRING_LENGTH;
        case "name length" -> Limits.MAX_NAME_LENGTH;
        case "number length" -> Limits.MAX_NUMBER_LENGTH;
        case "token count" -> Limits.MAX_TOKEN_COUNT;
        case "file bytes", "zip entry bytes" -> Limits.MAX_FILE_BYTES;
        case "zip bytes" -> Limits.MAX_ZIP_BYTES;
        case "zip entries" -> Limits.MAX_ZIP_ENTRIES;
        case "folder bytes", "zip inflated bytes" -> Limits.MAX_ZIP_TOTAL_BYTES;
        default -> throw new IllegalArgumentException(name);
      };
    }

    ReadLimits loweredLimits() {
      return set.apply(ReadLimits.builder(), lowered).build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("nesting depth", ProblemCode.JSON_LIMIT, 8, (b, v) -> b.maxNestingDepth(v.intValue()),
            (dir, n) -> withExtraFile(dir, "{\"a\": " + "[".repeat((int) n - 1) + "]".repeat((int) n - 1) + "}")),
        new Case("string length", ProblemCode.JSON_LIMIT, 1_000, (b, v) -> b.maxStringLength(v.intValue()),
            (dir, n) -> withExtraFile(dir, "{\"a\": \"" + "x".repeat((int) n) + "\"}")),
        new Case("name length", ProblemCode.JSON_LIMIT, 64, (b, v) -> b.maxNameLength(v.intValue()),
            (dir, n) -> withExtraFile(dir, "{\"" + "k".repeat((int) n) + "\": 1}")),
        new Case("number length", ProblemCode.JSON_LIMIT, 8, (b, v) -> b.maxNumberLength(v.intValue()),
            (dir, n) -> withExtraFile(dir, "{\"a\": " + "7".repeat((int) n) + "}")),
        // {, name, [, n-5 numbers, ], } = n tokens
        new Case("token count", ProblemCode.JSON_LIMIT, 10_000, ReadLimits.Builder::maxTokenCount,
            (dir, n) -> withExtraFile(dir, "{\"a\": [" + "0,".repeat((int) n - 6) + "0]}")),
        new Case("file bytes", ProblemCode.IO_TOO_LARGE, 16 * 1024, (b, v) -> b.maxFileBytes(v.intValue()),
            (dir, n) -> {
              Path bundle = withExtraFile(dir, "{}");
              fill(bundle.resolve("extra.json"), n);
              return bundle;
            }),
        new Case("zip entry bytes", ProblemCode.IO_TOO_LARGE, 16 * 1024, (b, v) -> b.maxFileBytes(v.intValue()),
            (dir, n) -> zip(dir, z -> entry(z, "extra.json", n))),
        new Case("zip bytes", ProblemCode.IO_TOO_LARGE, 64 * 1024, (b, v) -> b.maxZipBytes(v.intValue()),
            ReadLimitsTest::zipOfSize),
        new Case("zip entries", ProblemCode.IO_ZIP_TOO_MANY_ENTRIES, 10, (b, v) -> b.maxZipEntries(v.intValue()),
            (dir, n) -> zip(dir, z -> {
              for (int i = 3; i < n; i++) {
                entry(z, "pad-" + i + ".txt", 0);
              }
            })),
        new Case("folder bytes", ProblemCode.IO_READ_BUDGET, 32 * 1024, ReadLimits.Builder::maxBundleBytes,
            ReadLimitsTest::folderOfBytes),
        new Case("zip inflated bytes", ProblemCode.IO_TOO_LARGE, 32 * 1024, ReadLimits.Builder::maxBundleBytes,
            ReadLimitsTest::zipInflatingTo));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aLoweredLimitRefusesOnePastItWithTheProblemTheDefaultGivesOnePastTheDefault(Case c) throws IOException {
    Path atDefault = c.input().write(tmp.resolve("default"), c.byDefault() + 1);
    Path atLowered = c.input().write(tmp.resolve("lowered"), c.lowered() + 1);

    Problem byDefault = theOnly(c.code(), EpiduralContent.loader().from(atDefault).validate());
    Problem lowered = theOnly(c.code(), EpiduralContent.loader().from(atLowered).readLimits(c.loweredLimits()).validate());

    assertThat(shape(lowered, atLowered)).isEqualTo(shape(byDefault, atDefault));
    assertThat(lowered.message()).containsPattern("\\b" + c.lowered() + "\\b");
    assertThat(byDefault.message()).containsPattern("\\b" + c.byDefault() + "\\b");
    assertThat(lowered.line().isPresent()).isEqualTo(byDefault.line().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aLoweredLimitAcceptsInputAtItsValue(Case c) throws IOException {
    Path at = c.input().write(tmp.resolve("at"), c.lowered());

    ValidationReport report = EpiduralContent.loader().from(at).readLimits(c.loweredLimits()).validate();

    assertThat(report.problems()).noneMatch(p -> p.is(c.code()));
    assertThat(theOnly(c.code(), EpiduralContent.loader().from(at)
        .readLimits(c.set().apply(ReadLimits.builder(), c.lowered() - 1).build()).validate()))
        .as("one below the size, the same input is refused").isNotNull();
  }

  /** The one problem of {@code code} in {@code report}. */
  private static Problem theOnly(ProblemCode code, ValidationReport report) {
    List<Problem> of = report.problems().stream().filter(p -> p.is(code)).toList();
    assertThat(of).as("%s in %s", code.code(), report.problems()).hasSize(1);
    return of.get(0);
  }

  /**
   * The problem as printed, with the bundle's path and every number in it made alike, and a
   * pointer's run of array indexes (as deep as the input) one run.
   */
  private static String shape(Problem p, Path bundle) {
    return p.toString().replace(bundle.toString(), "BUNDLE").replaceAll("\\d+", "#").replaceAll("(/#)+", "/#...");
  }

  // ---------------------------------------------------------------- the fast path

  /**
   * A valid bundle read with each JSON limit at exactly what its largest content file needs is
   * valid, and one below is refused in that file: the fast path, which reads valid content files,
   * gives up on it as the reporting path does.
   */
  @Test
  void aValidContentFileIsHeldToEachJsonLimitOnTheFastPathToo() throws IOException {
    Path bundle = Fixtures.base();
    List<String> files = List.of("bundle.json", "vocabulary.json", "procedures.json");
    List<Measure> measures = new ArrayList<>();
    for (String f : files) {
      measures.add(Measure.of(f, Files.readAllBytes(bundle.resolve(f))));
    }
    record Metric(String name, java.util.function.ToLongFunction<Measure> of, ObjLongConsumer<ReadLimits.Builder> set) {}
    List<Metric> metrics = List.of(
        new Metric("depth", Measure::depth, (b, v) -> b.maxNestingDepth((int) v)),
        new Metric("string", Measure::string, (b, v) -> b.maxStringLength((int) v)),
        new Metric("name", Measure::name, (b, v) -> b.maxNameLength((int) v)),
        new Metric("tokens", Measure::tokens, (b, v) -> b.maxTokenCount(v)));
    for (Metric m : metrics) {
      Measure largest = measures.stream().max(java.util.Comparator.comparingLong(m.of())).orElseThrow();
      long need = m.of().applyAsLong(largest);
      assertThat(largest.file()).as("%s: the largest is a content file", m.name()).isNotEqualTo("bundle.json");

      ReadLimits.Builder exact = ReadLimits.builder();
      m.set().accept(exact, need);
      ReadLimits.Builder below = ReadLimits.builder();
      m.set().accept(below, need - 1);

      Set<String> needing = measures.stream().filter(x -> m.of().applyAsLong(x) == need).map(Measure::file)
          .collect(Collectors.toSet());

      assertThat(Fixtures.loader(bundle).readLimits(exact.build()).validate().problems()).as(m.name()).isEmpty();
      List<Problem> refused = Fixtures.loader(bundle).readLimits(below.build()).validate().problems().stream()
          .filter(p -> p.is(ProblemCode.JSON_LIMIT)).toList();
      assertThat(refused).as(m.name()).allSatisfy(p -> assertThat(p.line()).isPresent())
          .extracting(Problem::file).containsExactlyInAnyOrderElementsOf(needing);
    }
  }

  /** What a file needs of each JSON limit, measured with Jackson's own parser, without limits. */
  record Measure(String file, long depth, long string, long name, long tokens) {
    static Measure of(String file, byte[] bytes) {
      JsonFactory unlimited = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE).maxTokenCount(0).build()).build();
      long depth = 0;
      long string = 0;
      long name = 0;
      long tokens = 0;
      try (JsonParser p = unlimited.createParser(ObjectReadContext.empty(), bytes)) {
        int open = 0;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          tokens++;
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            depth = Math.max(depth, ++open);
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            open--;
          } else if (t == JsonToken.PROPERTY_NAME) {
            name = Math.max(name, p.currentName().length());
          } else if (t == JsonToken.VALUE_STRING) {
            string = Math.max(string, p.getString().length());
          }
        }
      }
      return new Measure(file, depth, string, name, tokens);
    }
  }

  /**
   * Raised limits hold for every read of a file: a text longer than the default string limit,
   * accepted under a raised one, breaks only the model's length rule, and that problem is placed
   * in the file, whose located tree is parsed again under the same limits.
   */
  @Test
  void underRaisedLimitsAProblemPastTheDefaultsIsStillLocated() throws IOException {
    Path bundle = tmp.resolve("long");
    Fixtures.copyInto(base(), bundle);
    Path procedures = bundle.resolve("procedures.json");
    String text = "A steroid is placed near lumbar nerve roots.";
    assertThat(Files.readString(procedures)).contains(text);
    Files.writeString(procedures, Files.readString(procedures)
        .replace(text, "Long " + "x".repeat(Limits.MAX_STRING_LENGTH) + "."));
    ReadLimits raised = ReadLimits.builder().maxStringLength(2 * Limits.MAX_STRING_LENGTH).build();

    assertThat(Fixtures.loader(bundle).validate().problems()).anyMatch(p -> p.is(ProblemCode.JSON_LIMIT));
    assertThat(Fixtures.loader(bundle).readLimits(raised).validate().problems()).singleElement().satisfies(p -> {
      assertThat(p.is(ProblemCode.SHAPE_CONSTRAINT)).isTrue();
      assertThat(p.file()).isEqualTo("procedures.json");
      assertThat(p.pointer()).isEqualTo("/procedures/0/summary/text");
      assertThat(p.line()).isPresent();
    });
  }

  // ---------------------------------------------------------------- every layer

  @Test
  void theLimitsReachTheBuiltInBundleAndABaseReadAgain() {
    ReadLimits shallow = ReadLimits.builder().maxNestingDepth(3).build();

    ValidationReport builtIn = EpiduralContent.loader().fromBuiltIn().readLimits(shallow).validate();
    ValidationReport asBase = EpiduralContent.loader().base(EpiduralContent.builtIn()).readLimits(shallow)
        .overlay(Fixtures.resource("overlay/clinic")).validate();

    assertThat(builtIn.problems()).anyMatch(p -> p.is(ProblemCode.JSON_LIMIT) && p.line().isPresent()
        && p.message().endsWith("exceeds the limit of 3"));
    assertThat(asBase.problems()).anyMatch(p -> p.is(ProblemCode.JSON_LIMIT)
        && p.file().startsWith("classpath:dev/epidural/content/builtin/"));
  }

  @Test
  void theLimitsReachAClasspathBundle() {
    ReadLimits tiny = ReadLimits.builder().maxFileBytes(100).build();

    ValidationReport report = EpiduralContent.loader()
        .fromClasspath(ReadLimitsTest.class.getClassLoader(), "valid/base").readLimits(tiny).validate();

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.is(ProblemCode.IO_TOO_LARGE)).isTrue();
      assertThat(p.file()).isEqualTo("bundle.json");
      assertThat(p.message()).isEqualTo("file is larger than 100 bytes");
    });
  }

  // ---------------------------------------------------------------- inputs

  private static Path base() {
    return Fixtures.base();
  }

  /** The base bundle with one more content file, {@code extra.json}, holding {@code json}. */
  private static Path withExtraFile(Path dir, String json) throws IOException {
    Fixtures.copyInto(base(), dir);
    listInManifest(dir, "files", List.of("extra.json"));
    Files.writeString(dir.resolve("extra.json"), json);
    return dir;
  }

  private static void listInManifest(Path dir, String list, List<String> names) throws IOException {
    Path manifest = dir.resolve("bundle.json");
    String old = "\"files\": [\"vocabulary.json\", \"procedures.json\"]";
    String text = Files.readString(manifest);
    assertThat(text).contains(old);
    String quoted = String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    Files.writeString(manifest, text.replace(old, list.equals("files")
        ? "\"files\": [\"vocabulary.json\", \"procedures.json\", " + quoted + "]"
        : old + ",\n  \"" + list + "\": [" + quoted + "]"));
  }

  /**
   * Makes {@code file} {@code size} bytes long: past 1 MiB a sparse file of zero bytes (read as
   * such, or refused before it is read), else an empty JSON object padded with spaces.
   */
  private static void fill(Path file, long size) throws IOException {
    if (size > (1 << 20)) {
      Files.deleteIfExists(file);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(size);
      }
    } else {
      Files.writeString(file, "{}" + " ".repeat((int) size - 2));
    }
  }

  @FunctionalInterface
  interface Entries {
    void add(ZipOutputStream zip) throws IOException;
  }

  /** {@code dir/bundle.zip}: the base bundle's files, then the entries {@code more} adds. */
  private static Path zip(Path dir, Entries more) throws IOException {
    Files.createDirectories(dir);
    Path zip = dir.resolve("bundle.zip");
    Files.write(zip, zipBytes(base(), more, ""));
    return zip;
  }

  private static byte[] zipBytes(Path folder, Entries more, String comment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out); Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        z.putNextEntry(new ZipEntry(f.getFileName().toString()));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
      more.add(z);
      if (!comment.isEmpty()) {
        z.setComment(comment);
      }
    }
    return out.toByteArray();
  }

  /** An entry of {@code size} bytes: zero bytes past 1 MiB (they deflate to almost nothing), else padded JSON. */
  private static void entry(ZipOutputStream z, String name, long size) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    if (size > (1 << 20)) {
      byte[] zeros = new byte[1 << 20];
      for (long left = size; left > 0; left -= zeros.length) {
        z.write(zeros, 0, (int) Math.min(left, zeros.length));
      }
    } else if (size > 0) {
      z.write(("{}" + " ".repeat((int) size - 2)).getBytes(StandardCharsets.UTF_8));
    }
    z.closeEntry();
  }

  /**
   * A zip of the base bundle exactly {@code size} bytes long, padded with its comment; past what a
   * comment can pad, a sparse file of that size, which is refused before it is read.
   */
  private static Path zipOfSize(Path dir, long size) throws IOException {
    Files.createDirectories(dir);
    Path zip = dir.resolve("bundle.zip");
    int bare = zipBytes(base(), z -> { }, "").length;
    long pad = size - bare;
    if (pad > 0 && pad <= 0xFFFF) {
      byte[] bytes = zipBytes(base(), z -> { }, " ".repeat((int) pad));
      assertThat(bytes).hasSize((int) size);
      Files.write(zip, bytes);
    } else {
      assertThat(size).isGreaterThan(1 << 20);
      fill(zip, size);
    }
    return zip;
  }

  /**
   * The base bundle whose files come to {@code size} bytes together: translation files of padding,
   * read one after the other in the manifest's order after the content files, so the last is the
   * one the read budget refuses.
   */
  private static Path folderOfBytes(Path dir, long size) throws IOException {
    int chunk = Limits.MAX_FILE_BYTES;
    for (int count = 1; ; count++) {
      Fixtures.copyInto(base(), dir);
      List<String> pads = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        pads.add("pad-" + i + ".json");
      }
      listInManifest(dir, "translations", pads);
      long left = size;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          left -= Files.size(f);
        }
      }
      if (left > (long) count * chunk) {
        continue;
      }
      for (int i = 0; i < count; i++) {
        long part = i < count - 1 ? chunk : left - (long) (count - 1) * chunk;
        assertThat(part).as("pad %d", i).isBetween(2L, (long) chunk);
        fill(dir.resolve(pads.get(i)), part);
      }
      return dir;
    }
  }

  /** A zip of the base bundle and padding entries that inflate to {@code size} bytes together. */
  private static Path zipInflatingTo(Path dir, long size) throws IOException {
    long left = size;
    try (Stream<Path> files = Files.list(base())) {
      for (Path f : files.toList()) {
        left -= Files.size(f);
      }
    }
    long padding = left;
    return zip(dir, z -> {
      long rest = padding;
      for (int i = 0; rest > 0; i++) {
        long part = Math.min(rest, Limits.MAX_FILE_BYTES);
        entry(z, "pad-" + i + ".json", part);
        rest -= part;
      }
    });
  }
}
