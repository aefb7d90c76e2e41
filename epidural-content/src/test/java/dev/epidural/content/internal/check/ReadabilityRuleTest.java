package dev.epidural.content.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.Loader;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readability rule in the loader: which texts it scores, the limit, and the one notice about
 * languages it cannot score. {@code invalid/text-readability} is the fixture of {@code EPI-TEXT-009}.
 */
class ReadabilityRuleTest {

  private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay().toInstant(ZoneOffset.UTC),
      ZoneOffset.UTC);

  @TempDir
  Path tmp;

  private static Path resource(String name) {
    try {
      return Path.of(ReadabilityRuleTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base bundle with the hard patient summary of the readability fixture. */
  private Path hardPatientText() throws IOException {
    Path dir = copy(resource("valid/base"), tmp.resolve("hard"));
    Files.copy(resource("invalid/text-readability/procedures.json"), dir.resolve("procedures.json"),
        StandardCopyOption.REPLACE_EXISTING);
    return dir;
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }

  private static Loader loader(Path bundle) {
    return EpiduralContent.loader().from(bundle).clock(TODAY);
  }

  private static List<Problem> withCode(ValidationReport report, String code) {
    return report.problems().stream().filter(p -> p.code().equals(code)).toList();
  }

  @Test
  void aHardPatientTextIsAWarningThatNamesTheGradeTheLimitAndThePointer() throws IOException {
    ValidationReport report = loader(hardPatientText()).validate();

    assertThat(withCode(report, "EPI-TEXT-009")).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/procedures/0/summary/patient");
      assertThat(p.message()).contains("grade 22.0", "limit of 8.0", "/procedures/0/summary/patient");
    });
    assertThat(report.isValid()).isTrue();
    assertThat(loader(hardPatientText()).strict(true).validate().isValid()).isFalse();
  }

  @Test
  void theLimitIsConfigurableAndCanBeTurnedOff() throws IOException {
    Path bundle = hardPatientText();

    assertThat(withCode(loader(bundle).readabilityGrade(22.5).validate(), "EPI-TEXT-009")).isEmpty();
    assertThat(withCode(loader(bundle).readabilityGrade(21.5).validate(), "EPI-TEXT-009")).hasSize(1);
    assertThat(loader(bundle).readabilityGrade(Loader.NO_READABILITY_LIMIT).strict(true).validate().problems())
        .isEmpty();
    assertThat(Loader.DEFAULT_READABILITY_GRADE).isEqualTo(8.0);
  }

  @Test
  void generalAndClinicianTextsAreNotScored() throws IOException {
    Path dir = copy(resource("valid/base"), tmp.resolve("general"));
    Path procedures = dir.resolve("procedures.json");
    String hard = "A corticosteroid medication is administered into the epidural space surrounding the irritated "
        + "lumbar nerve roots, under continuous fluoroscopic guidance, to diminish inflammation.";
    String json = Files.readString(procedures, StandardCharsets.UTF_8)
        .replace("\"A steroid is placed near lumbar nerve roots.\"", "\"" + hard + "\", \"clinician\": \"" + hard + "\"");
    Files.writeString(procedures, json, StandardCharsets.UTF_8);

    assertThat(loader(dir).strict(true).validate().problems()).isEmpty();
  }

  @Test
  void patientTextsInAnotherLanguageGetOneNoticeThatNeverFailsStrictMode() throws IOException {
    Path dir = hardPatientText();
    Path manifest = dir.resolve("bundle.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"locale\": \"en\"", "\"locale\": \"de\""));

    ValidationReport report = loader(dir).strict(true).validate();

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("EPI-TEXT-010");
      assertThat(p.severity()).isEqualTo(Severity.INFO);
      assertThat(p.file()).isEqualTo("bundle.json");
      assertThat(p.pointer()).isEqualTo("/locale");
      assertThat(p.line()).hasValue(6);
      assertThat(p.message()).contains("de", "not scored");
    });
    assertThat(report.isValid()).isTrue();
    assertThat(report.infos()).hasSize(1);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void translatedPatientTextsInAnotherLanguageAreNotedOnce() {
    ValidationReport report = loader(resource("l10n/clinic")).validate();

    assertThat(withCode(report, "EPI-TEXT-010")).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.INFO);
      assertThat(p.message()).contains("patient texts in es were not scored");
      assertThat(p.file()).isEqualTo("es.json");
      assertThat(p.pointer()).isEqualTo("/locale");
    });
  }

  @Test
  void patientTranslationsIntoEnglishAreScored() throws IOException {
    Path dir = copy(resource("l10n/clinic"), tmp.resolve("clinic"));
    Path es = dir.resolve("es.json");
    Files.writeString(es, Files.readString(es, StandardCharsets.UTF_8).replace("\"locale\": \"es\"", "\"locale\": \"en-GB\""),
        StandardCharsets.UTF_8);

    ValidationReport report = loader(dir).validate();

    assertThat(withCode(report, "EPI-TEXT-009")).isNotEmpty().allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("es.json");
      assertThat(p.pointer()).matches("/translations/\\d+/text");
    });
    assertThat(withCode(report, "EPI-TEXT-010")).isEmpty();
  }
}
