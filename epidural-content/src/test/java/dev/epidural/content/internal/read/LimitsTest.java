package dev.epidural.content.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.Problem;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.tree.Node;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each read limit is accepted at its value and refused one past it, with a located problem. */
class LimitsTest {

  record Limit(String name, int value, IntFunction<String> documentOfSize) {
    @Override
    public String toString() {
      return name + " " + value;
    }
  }

  static List<Limit> jsonLimits() {
    return List.of(
        new Limit("nesting depth", Limits.MAX_NESTING_DEPTH,
            n -> "{\"a\": " + "[".repeat(n - 1) + "]".repeat(n - 1) + "}"),
        new Limit("string length", Limits.MAX_STRING_LENGTH, n -> "{\"a\": \"" + "x".repeat(n) + "\"}"),
        new Limit("name length", Limits.MAX_NAME_LENGTH, n -> "{\"" + "k".repeat(n) + "\": 1}"),
        new Limit("number length", Limits.MAX_NUMBER_LENGTH, n -> "{\"a\": " + "7".repeat(n) + "}"),
        // {, name, [, n-5 numbers, ], } = n tokens
        new Limit("token count", (int) Limits.MAX_TOKEN_COUNT,
            n -> "{\"a\": [" + "0,".repeat(n - 6) + "0]}"));
  }

  static List<Arguments> atAndPast() {
    return jsonLimits().stream().flatMap(l -> java.util.stream.Stream.of(
        Arguments.of(l, l.value(), true), Arguments.of(l, l.value() + 1, false))).toList();
  }

  @ParameterizedTest(name = "{0}: {1} accepted = {2}")
  @MethodSource("atAndPast")
  void aJsonReadLimitIsAcceptedAtItsValueAndRefusedOnePast(Limit limit, int size, boolean accepted) {
    Problems problems = new Problems();
    byte[] doc = limit.documentOfSize().apply(size).getBytes(StandardCharsets.UTF_8);

    Optional<Node> root = JsonReader.read("f.json", doc, problems);

    if (accepted) {
      assertThat(problems.toList()).isEmpty();
      assertThat(root).isPresent();
    } else {
      assertThat(root).isEmpty();
      assertThat(problems.toList()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("EPI-JSON-004");
        assertThat(p.line()).isPresent();
        assertThat(p.column()).isPresent();
      });
    }
  }

  @Test
  void aFileIsReadUpToTheSizeLimitAndRefusedOneBytePast() throws IOException {
    Problems problems = new Problems();

    assertThat(BundleFiles.readBounded(stream(Limits.MAX_FILE_BYTES), "f.json", problems)).isPresent();
    assertThat(BundleFiles.readBounded(stream(Limits.MAX_FILE_BYTES + 1), "f.json", problems)).isEmpty();
    assertThat(problems.toList()).extracting(Problem::code).containsExactly("EPI-IO-005");
  }

  @Test
  void aZipMayHoldAsManyEntriesAsTheLimitAndNotOneMore() throws IOException {
    assertThat(zipWith(Limits.MAX_ZIP_ENTRIES, 1)).isEmpty();
    assertThat(zipWith(Limits.MAX_ZIP_ENTRIES + 1, 1)).containsExactly("EPI-IO-004");
  }

  @Test
  void aZipEntryMayInflateToTheFileLimitAndNotOneByteMore() throws IOException {
    assertThat(zipWith(1, Limits.MAX_FILE_BYTES)).isEmpty();
    assertThat(zipWith(1, Limits.MAX_FILE_BYTES + 1)).containsExactly("EPI-IO-005");
  }

  @Test
  void aZipMayInflateToTheTotalLimitAndNotOneByteMore() throws IOException {
    int entries = (int) (Limits.MAX_ZIP_TOTAL_BYTES / Limits.MAX_FILE_BYTES);
    assertThat(zipWith(entries, Limits.MAX_FILE_BYTES)).isEmpty();
    assertThat(zipWithTotal(Limits.MAX_ZIP_TOTAL_BYTES + 1)).containsExactly("EPI-IO-005");
  }

  /** Problem codes of reading a zip of {@code entries} entries of {@code size} zero bytes each. */
  private static List<String> zipWith(int entries, int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] zeros = new byte[Math.min(size, 1 << 20)];
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("e" + i + ".json"));
        for (int left = size; left > 0; left -= zeros.length) {
          zip.write(zeros, 0, Math.min(left, zeros.length));
        }
        zip.closeEntry();
      }
    }
    Problems problems = new Problems();
    BundleFiles.Zip.read(out.toByteArray(), "z.zip", problems);
    return problems.toList().stream().map(Problem::code).toList();
  }

  private static List<String> zipWithTotal(long total) throws IOException {
    int full = (int) (total / Limits.MAX_FILE_BYTES);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] zeros = new byte[1 << 20];
      long left = total;
      for (int i = 0; left > 0; i++) {
        zip.putNextEntry(new ZipEntry("e" + i + ".json"));
        long entry = Math.min(left, Limits.MAX_FILE_BYTES);
        for (long l = entry; l > 0; l -= zeros.length) {
          zip.write(zeros, 0, (int) Math.min(l, zeros.length));
        }
        left -= entry;
        zip.closeEntry();
      }
    }
    Problems problems = new Problems();
    BundleFiles.Zip.read(out.toByteArray(), "z.zip", problems);
    assertThat(full).isPositive();
    return problems.toList().stream().map(Problem::code).toList();
  }

  private static InputStream stream(int size) {
    return new ByteArrayInputStream(new byte[size]);
  }
}
