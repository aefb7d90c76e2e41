package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles made to hurt: capped reports, misleading names, and the small cases of the hostile review. */
class HostileBundleTest {

  @TempDir
  Path tmp;

  /** The base bundle with one more content file, {@code extra.json}, holding {@code text}. */
  private Path withExtraFile(String text) throws IOException {
    Path dir = tmp.resolve("bundle");
    Fixtures.copyInto(Fixtures.base(), dir);
    Path manifest = dir.resolve("bundle.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"files\": [\"vocabulary.json\"",
        "\"files\": [\"extra.json\", \"vocabulary.json\""));
    Files.write(dir.resolve("extra.json"), text.getBytes(StandardCharsets.UTF_8));
    return dir;
  }

  /** {@code {"faq":[{},{},...]}} with {@code n} empty items. */
  static String emptyItems(int n) {
    return "{\"faq\":[" + "{},".repeat(n - 1) + "{}]}";
  }

  @Test
  void twoHundredThousandBadItemsGiveACappedReportThroughTheApi() throws IOException {
    Path dir = withExtraFile(emptyItems(200_000));

    ValidationReport report = Fixtures.loader(dir).validate();

    assertThat(report.problems().size()).isLessThanOrEqualTo(Problems.MAX_REPORTED);
    assertThat(report.problems()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo("EPI-LIM-001");
      assertThat(p.file()).isEqualTo("extra.json");
      assertThat(p.message()).matches("and \\d+ more EPI-SHAPE-001 in extra\\.json, not listed: .*");
      assertThat(p.isError()).isTrue();
    });
    assertThatThrownBy(() -> Fixtures.loader(dir).load()).isInstanceOfSatisfying(BundleValidationException.class,
        e -> assertThat(e.report().problems()).hasSameSizeAs(report.problems()));
  }

  @Test
  void aNameWithALetterFromAnotherScriptIsAWarningAtTheName() throws IOException {
    Path dir = tmp.resolve("bundle");
    Fixtures.copyInto(Fixtures.base(), dir);
    Path vocabulary = dir.resolve("vocabulary.json");
    String text = Files.readString(vocabulary);
    Files.writeString(vocabulary, text.replace("\"name\": \"Local anesthetic\"", "\"name\": \"Local an\u0435sthetic\""));

    ValidationReport report = Fixtures.loader(dir).validate();

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-TEXT-011");
      assertThat(p.file()).isEqualTo("vocabulary.json");
      assertThat(p.pointer()).isEqualTo("/medications/0/name");
      assertThat(p.line()).hasValue(14);
      assertThat(p.message()).contains("'an\u0435sthetic'", "Latin and Cyrillic");
    });
    assertThatThrownBy(() -> Fixtures.loader(dir).strict(true).load()).isInstanceOf(BundleValidationException.class);
  }

  @Test
  void runningOutOfMemoryOrStackIsTheDocumentedExceptionWithOneProblem() {
    for (Error e : new Error[] {new OutOfMemoryError("made by the test"), new StackOverflowError()}) {
      BundleFiles exhausting = new BundleFiles("exhausting") {
        @Override
        protected java.util.Optional<byte[]> readChecked(String relative, Problems problems) {
          throw e;
        }
      };
      Loader loader = EpiduralContent.loader().fromFiles(exhausting);

      assertThat(loader.validate().problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("EPI-LIM-003");
        assertThat(p.message()).contains(e instanceof OutOfMemoryError ? "out of memory" : "out of stack");
      });
      assertThatThrownBy(loader::load).isInstanceOf(BundleValidationException.class);
    }
  }

  @Test
  void allOfItemIsEveryItem() {
    EpiduralContent content = EpiduralContent.builtIn();

    assertThat(content.all(Item.class)).isEqualTo(content.items()).isNotEmpty();
  }

  @Test
  void aFileOfOnlyWhitespaceIsCalledThatNotEmpty() throws IOException {
    ValidationReport report = Fixtures.loader(withExtraFile(" \n".repeat(500_000))).validate();

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-JSON-001");
      assertThat(p.message()).contains("only whitespace (1000000 characters)").doesNotContain("empty");
    });
  }

  @Test
  void aTenMillionDigitNumberIsANumberProblem() throws IOException {
    ValidationReport report = Fixtures.loader(withExtraFile("{\"faq\": " + "7".repeat(10_000_000) + "}")).validate();

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-JSON-004");
      assertThat(p.message()).contains("number literal is longer than 32 characters").doesNotContain("String");
    });
  }

  @Test
  void aLongStringIsStillAStringProblem() throws IOException {
    ValidationReport report = Fixtures.loader(withExtraFile("{\"faq\": \"" + "7".repeat(200_000) + "\"}")).validate();

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-JSON-004");
      assertThat(p.message()).contains("String value length");
    });
  }
}
