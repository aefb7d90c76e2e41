package dev.epidural.content.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import dev.epidural.content.internal.BundleReader;
import dev.epidural.content.internal.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder bundles: a read budget, no file read twice under two names, and non-regular files named for what they are. */
class FolderReadTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  @TempDir
  Path dir;

  private void manifest(List<String> files, List<String> translations) throws IOException {
    Files.writeString(dir.resolve("bundle.json"), "{\"schemaVersion\": 1, \"id\": \"hostile\", \"version\": \"1\", "
        + "\"title\": \"Hostile\", \"locale\": \"en\", \"publisher\": \"Tests\", \"license\": \"CC0-1.0\", "
        + "\"sources\": [{\"id\": \"src-a\", \"title\": \"A\", \"publisher\": \"P\"}], \"files\": "
        + json(files) + ", \"translations\": " + json(translations) + "}");
  }

  private static String json(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private ValidationReport validate(BundleFiles files) {
    return BundleReader.read(files, false, TODAY).report();
  }

  private static List<String> codes(ValidationReport report) {
    return report.problems().stream().map(Problem::code).distinct().toList();
  }

  @Test
  void twoThousandHardLinksToOneFileAreRefusedWithoutReadingThemAgain() throws IOException {
    Path target = Files.writeString(dir.resolve("c0.json"), "{\"faq\": []}");
    List<String> files = new ArrayList<>();
    List<String> translations = new ArrayList<>();
    files.add("c0.json");
    for (int i = 1; i < 2_000; i++) {
      String name = "c" + i + ".json";
      try {
        Files.createLink(dir.resolve(name), target);
      } catch (UnsupportedOperationException e) {
        assumeTrue(false, "no hard links on this file system");
      }
      (i < 1_000 ? files : translations).add(name);
    }
    manifest(files, translations);
    BundleFiles.Folder folder = new BundleFiles.Folder(dir.toRealPath(), dir.toString());

    ValidationReport report = validate(folder);

    assertThat(report.isValid()).isFalse();
    // 1,999 refusals, all located in the manifest: the first ones listed, the rest summed up.
    assertThat(report.problems()).filteredOn(p -> p.code().equals("EPI-IO-015")).hasSize(Problems.PER_CODE_AND_FILE)
        .allSatisfy(p -> {
          assertThat(p.message()).contains("same file on disk as 'c0.json'", "hard link");
          assertThat(p.file()).isEqualTo("bundle.json");
          assertThat(p.pointer()).matches("/(files|translations)/\\d+");
          assertThat(p.line()).isPresent();
        });
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
        .startsWith("and " + (1_999 - Problems.PER_CODE_AND_FILE) + " more EPI-IO-015 in bundle.json"));
  }

  @Test
  void aFolderReadsNoFileUnderASecondName() throws IOException {
    Path target = Files.writeString(dir.resolve("a.json"), "{}");
    Files.createLink(dir.resolve("b.json"), target);
    BundleFiles.Folder folder = new BundleFiles.Folder(dir.toRealPath(), dir.toString());
    Problems problems = new Problems();

    assertThat(folder.read("a.json", problems)).isPresent();
    assertThat(folder.read("a.json", problems)).isPresent();
    assertThat(folder.read("b.json", problems)).isEmpty();
    assertThat(problems.toList()).extracting(Problem::code).containsExactly("EPI-IO-015");
  }

  @Test
  void filesOverTheReadBudgetAreRefusedBeforeTheyAreRead() throws IOException {
    byte[] big = ("{\"faq\": []}" + " ".repeat(4_000)).getBytes(StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      files.add("c" + i + ".json");
      Files.write(dir.resolve("c" + i + ".json"), big);
    }
    manifest(files, List.of());
    long budget = 3 * big.length + 2_000;
    BundleFiles.Folder folder = new BundleFiles.Folder(dir.toRealPath(), dir.toString(), budget);

    ValidationReport report = validate(folder);

    // The manifest and three files fit; two more files do not.
    assertThat(report.problems()).filteredOn(p -> p.code().equals("EPI-IO-014")).hasSize(2)
        .allSatisfy(p -> assertThat(p.message()).contains("read budget"));
  }

  @Test
  void theDefaultBudgetIsTheZipLimit() throws IOException {
    // Five sparse files at the file limit: four fit the budget, the fifth does not.
    List<String> files = List.of("a.json", "b.json", "c.json", "d.json", "e.json");
    for (String f : files) {
      try (var raf = new java.io.RandomAccessFile(dir.resolve(f).toFile(), "rw")) {
        raf.setLength(Limits.MAX_FILE_BYTES);
      }
    }
    BundleFiles.Folder folder = new BundleFiles.Folder(dir.toRealPath(), dir.toString());
    Problems problems = new Problems();
    long read = 0;
    for (String f : files) {
      read += folder.read(f, problems).map(b -> b.length).orElse(0);
    }

    assertThat(read).isLessThanOrEqualTo(Limits.MAX_ZIP_TOTAL_BYTES);
    assertThat(problems.toList()).extracting(Problem::code).containsExactly("EPI-IO-014");
  }

  @Test
  void aDirectoryOrAFifoIsNamedForWhatItIs() throws Exception {
    Files.createDirectory(dir.resolve("folder.json"));
    boolean fifo = mkfifo(dir.resolve("pipe.json"));
    manifest(fifo ? List.of("folder.json", "pipe.json") : List.of("folder.json"), List.of());

    ValidationReport report = EpiduralContent.loader().from(dir).validate();

    assertThat(report.problems()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo("EPI-IO-016");
      assertThat(p.file()).isEqualTo("folder.json");
      assertThat(p.message()).contains("is a directory").doesNotContain("does not exist");
    });
    if (fifo) {
      assertThat(report.problems()).anySatisfy(p -> {
        assertThat(p.code()).isEqualTo("EPI-IO-016");
        assertThat(p.file()).isEqualTo("pipe.json");
        assertThat(p.message()).contains("FIFO");
      });
    }
  }

  @Test
  void aFileInAFolderThatCannotBeReadIsNotCalledMissing() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(locked.resolve("c.json"), "{}");
    manifest(List.of("locked/c.json"), List.of());
    assumeTrue(locked.toFile().setExecutable(false, false) && locked.toFile().setReadable(false, false));
    try {
      assumeTrue(!Files.isReadable(locked.resolve("c.json")), "permissions do not bind this user");

      ValidationReport report = EpiduralContent.loader().from(dir).validate();

      assertThat(report.problems()).anySatisfy(p -> {
        assertThat(p.file()).isEqualTo("locked/c.json");
        assertThat(p.message()).contains("permission denied").doesNotContain("does not exist");
      });
    } finally {
      locked.toFile().setExecutable(true, false);
      locked.toFile().setReadable(true, false);
    }
  }

  private static boolean mkfifo(Path path) {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
