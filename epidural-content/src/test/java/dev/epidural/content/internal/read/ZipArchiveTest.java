package dev.epidural.content.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.epidural.content.Problem;
import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.problem.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip reader reads what the central directory lists, as {@code unzip} does, and refuses a zip
 * whose parts disagree. The hostile zips are built here byte by byte ({@link ZipBytes}); where
 * {@code unzip} is installed, each is also shown to {@code unzip -t}, to prove it is the zip the
 * test claims (refused by {@code unzip} too, or read by it differently from a local-header walk).
 */
class ZipArchiveTest {

  private static final String SHOWN = "b.zip";

  @TempDir
  Path tmp;

  private static Problems problems;

  private static Optional<BundleFiles.Zip> read(byte[] zip) {
    problems = new Problems();
    return BundleFiles.Zip.read(zip, SHOWN, problems);
  }

  private static List<String> codes() {
    return problems.toList().stream().map(Problem::code).toList();
  }

  /** The base test bundle zipped by the JDK (deflated entries with data descriptors). */
  static byte[] baseZip() throws IOException {
    Path base;
    try {
      base = Path.of(ZipArchiveTest.class.getResource("/valid/base").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(base)) {
      for (Path f : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String text(BundleFiles files, String name) {
    return new String(files.read(name, new Problems()).orElseThrow(), StandardCharsets.UTF_8);
  }

  @Test
  void aZipWrittenByTheJdkReadsWholeAndValidates() throws IOException {
    Optional<BundleFiles.Zip> zip = read(baseZip());

    assertThat(codes()).isEmpty();
    assertThat(BundleReader.read(zip.orElseThrow(), false, LocalDate.of(2026, 11, 21)).report().isValid()).isTrue();
  }

  @Test
  void aHandWrittenZipReadsSoTheBuilderIsRight() throws Exception {
    ZipBytes z = new ZipBytes();
    z.add("a.json", "{\"a\": 1}");
    z.add("b.json", "{\"b\": 2}");
    byte[] bytes = z.bytes();

    assertThat(text(read(bytes).orElseThrow(), "b.json")).isEqualTo("{\"b\": 2}");
    assertThat(unzipTest(bytes)).isEqualTo(Optional.of(0));
  }

  @Test
  void aZipCutShortIsRefusedAsUnzipRefusesIt() throws Exception {
    byte[] whole = baseZip();
    byte[] cut = Arrays.copyOf(whole, (int) (whole.length * 0.999));

    assertThat(read(cut)).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-009");
    assertThat(problems.toList().get(0).file()).isEqualTo(SHOWN);
    assertThat(problems.toList().get(0).message()).contains("end-of-central-directory");
    assertThat(unzipTest(cut)).hasValueSatisfying(code -> assertThat(code).isNotZero());
  }

  @Test
  void aZipWithoutACentralDirectoryIsRefusedAsUnzipRefusesIt() throws Exception {
    ZipBytes z = new ZipBytes().withoutCentralDirectory();
    z.add("bundle.json", "{}");
    z.add("faq.json", "{\"faq\": []}");
    byte[] bytes = z.bytes();

    assertThat(read(bytes)).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-009");
    assertThat(unzipTest(bytes)).hasValueSatisfying(code -> assertThat(code).isNotZero());
  }

  /**
   * The attack: an unlisted local entry holds one text of {@code faq.json}, the listed one another.
   * {@code unzip} tests the zip clean and shows the listed text; a walk over local headers meets the
   * unlisted text first. The reader refuses the zip.
   */
  @Test
  void anEntryTheCentralDirectoryDoesNotListIsRefusedThoughUnzipPassesTheZip() throws Exception {
    ZipBytes z = new ZipBytes();
    z.add("bundle.json", "{}");
    z.add("faq.json", "{\"faq\": \"hidden text\"}").listed = false;
    z.add("faq.json", "{\"faq\": \"reviewed text\"}");
    byte[] bytes = z.bytes();

    assertThat(read(bytes)).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-011");
    assertThat(problems.toList().get(0).message()).contains("belong to no listed entry");
    assertThat(unzipTest(bytes)).isEqualTo(unzipInstalled() ? Optional.of(0) : Optional.empty());
    assertThat(unzipPrint(bytes, "faq.json")).isIn(Optional.empty(), Optional.of("{\"faq\": \"reviewed text\"}"));
  }

  @Test
  void aLocalHeaderNamingAnotherFileIsRefused() {
    ZipBytes z = new ZipBytes();
    z.add("faq.json", "{}").localName = "fag.json";

    assertThat(read(z.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-010");
    assertThat(problems.toList().get(0).message()).contains("faq.json", "fag.json", "offset 0");
  }

  @Test
  void aLocalHeaderWithAnotherCrcOrOtherFlagsIsRefused() {
    ZipBytes crc = new ZipBytes();
    crc.add("faq.json", "{}").localCrc = 1234;
    ZipBytes flags = new ZipBytes();
    flags.add("faq.json", "{}").localFlags = 1 << 11;

    assertThat(read(crc.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-010");
    assertThat(read(flags.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-010");
  }

  @Test
  void aDataDescriptorThatDisagreesWithTheCentralDirectoryIsRefused() throws IOException {
    byte[] zip = baseZip();
    int descriptor = indexOf(zip, new byte[] {'P', 'K', 7, 8});
    assertThat(descriptor).isPositive();
    zip[descriptor + 4] ^= 1;

    assertThat(read(zip)).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-010");
  }

  @Test
  void dataWhoseCrcIsNotTheOneBothHeadersGiveIsRefused() {
    ZipBytes z = new ZipBytes();
    z.add("faq.json", "{}");
    byte[] bytes = z.bytes();
    bytes[30 + "faq.json".length()] = '[';

    assertThat(read(bytes)).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-013");
  }

  @Test
  void bytesBeforeBetweenOrOverlappingEntriesAreRefused() {
    ZipBytes before = new ZipBytes();
    before.add("a.json", "{}").before = "junk".getBytes(StandardCharsets.US_ASCII);
    ZipBytes between = new ZipBytes();
    between.add("a.json", "{}");
    between.add("b.json", "{}").before = new byte[7];
    ZipBytes overlap = new ZipBytes();
    overlap.add("a.json", "{}");
    overlap.add("b.json", "{}").localName = "a.json";
    overlap.entries().get(1).offsetOf = 0;

    for (ZipBytes z : List.of(before, between, overlap)) {
      assertThat(read(z.bytes())).isEmpty();
      assertThat(codes()).as(problems.toList().toString()).hasSize(1)
          .allMatch(c -> c.equals("EPI-IO-011") || c.equals("EPI-IO-010"));
    }
    assertThat(read(overlap.bytes())).isEmpty();
    assertThat(problems.toList().toString()).contains("EPI-IO-0");
  }

  @Test
  void aDeflatedEntryReadsAndOneClaimingMoreThanDeflateCanGiveIsRefused() {
    ZipBytes ok = new ZipBytes();
    ok.add("a.json", "{\"a\": \"" + "x".repeat(5_000) + "\"}").deflated = true;
    ZipBytes bomb = new ZipBytes();
    ZipBytes.Entry claimed = bomb.add("a.json", "{}");
    claimed.deflated = true;
    claimed.claimedSize = 60L * 1024 * 1024;
    ZipBytes longer = new ZipBytes();
    ZipBytes.Entry more = longer.add("a.json", "{\"a\": 1}");
    more.deflated = true;
    more.claimedSize = 3;

    assertThat(text(read(ok.bytes()).orElseThrow(), "a.json")).hasSize(5_009);
    assertThat(read(bomb.bytes())).isEmpty();
    assertThat(problems.toList()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-IO-013");
      assertThat(p.message()).contains("more than deflate can give");
    });
    assertThat(read(longer.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-013");
  }

  @Test
  void aCentralDirectoryThatMiscountsItsEntriesIsRefused() {
    ZipBytes z = new ZipBytes().miscount(1);
    z.add("a.json", "{}");

    assertThat(read(z.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-009");
  }

  @Test
  void anEncryptedEntryIsRefused() {
    ZipBytes z = new ZipBytes();
    z.add("a.json", "{}").flags = 1;

    assertThat(read(z.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-012");
  }

  @Test
  void theEndRecordMustEndTheFileExactly() throws IOException {
    byte[] zip = baseZip();
    byte[] longer = Arrays.copyOf(zip, zip.length + 3);

    assertThat(read(longer)).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-009");
  }

  @Test
  void theLoaderRefusesATruncatedZipWithALocatedProblem() throws IOException {
    byte[] whole = baseZip();
    Path zip = tmp.resolve("cut.zip");
    Files.write(zip, Arrays.copyOf(whole, whole.length - 10));

    var report = dev.epidural.content.EpiduralContent.loader().from(zip).validate();

    assertThat(report.isValid()).isFalse();
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-IO-009");
      assertThat(p.file()).isEqualTo(zip.toString());
    });
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  // ------------------------------------------------------------------ unzip, where installed

  private static boolean unzipInstalled() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "unzip")));
  }

  /** {@code unzip -t}'s exit code for the zip, or empty where unzip is not installed. */
  private Optional<Integer> unzipTest(byte[] zip) throws IOException, InterruptedException {
    if (!unzipInstalled()) {
      return Optional.empty();
    }
    Path file = Files.write(Files.createTempFile(tmp, "z", ".zip"), zip);
    Process p = new ProcessBuilder("unzip", "-t", file.toString()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "unzip did not finish");
    return Optional.of(p.exitValue());
  }

  /** What {@code unzip -p} prints for one entry, or empty where unzip is not installed. */
  private Optional<String> unzipPrint(byte[] zip, String entry) throws IOException, InterruptedException {
    if (!unzipInstalled()) {
      return Optional.empty();
    }
    Path file = Files.write(Files.createTempFile(tmp, "z", ".zip"), zip);
    Process p = new ProcessBuilder("unzip", "-p", file.toString(), entry).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "unzip did not finish");
    return Optional.of(out);
  }

  @Test
  void aFolderEntryWithDataIsRefusedAndAnEmptyOneIsSkipped() {
    ZipBytes ok = new ZipBytes();
    ok.add("docs/", "");
    ok.add("docs/a.json", "{}");
    ZipBytes bad = new ZipBytes();
    bad.add("docs/", "x");

    assertThat(read(ok.bytes())).isPresent();
    assertThat(read(bad.bytes())).isEmpty();
    assertThat(codes()).containsExactly("EPI-IO-013");
  }

  @Test
  void theEntriesComeFromTheCentralDirectory() {
    ZipBytes z = new ZipBytes();
    z.add("a.json", "{\"a\": 1}");
    Map<String, byte[]> entries = ZipArchive.read(z.bytes(), SHOWN, new Problems()).orElseThrow();

    assertThat(entries).containsOnlyKeys("a.json");
  }
}
