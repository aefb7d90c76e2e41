package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.ReviewStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-offs bind a clinical review to the exact content it approved (l10n/clinic's reviews.json). */
class ReviewsTest {

  private static final List<String> APPROVED = List.of("lumbar-transforaminal-esi", "faq-drive", "step-placement");

  private static EpiduralContent load(Path bundle) {
    return EpiduralContent.loader().from(bundle).clock(ApiFixtures.CLOCK).load();
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(s).contains(from);
    Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
  }

  /** The clinic fixture copied into {@code tmp}, with {@code from} replaced by {@code to} in {@code file}. */
  private static Path clinicWith(Path tmp, String file, String from, String to) throws IOException {
    Path bundle = ApiFixtures.copy("l10n/clinic", tmp);
    replace(bundle.resolve(file), from, to);
    return bundle;
  }

  private static List<Problem> rev(ValidationReport report) {
    return report.problems().stream().filter(p -> p.code().startsWith("EPI-REV")).toList();
  }

  /** The one review problem of {@code content}, after checking that there is no other and that it has {@code code}. */
  private static Problem onlyReviewProblem(EpiduralContent content, String code) {
    List<Problem> problems = rev(content.report());
    assertThat(problems).extracting(Problem::code).containsExactly(code);
    return problems.get(0);
  }

  @Test
  void approvedItemsAreClinicallyReviewedWithTheirSignOff() {
    EpiduralContent content = ApiFixtures.clinic();

    for (String id : APPROVED) {
      var item = content.item(id).orElseThrow();
      assertThat(item.review().status()).as(id).isEqualTo(ReviewStatus.CLINICALLY_REVIEWED);
      assertThat(content.approval(item)).as(id).hasValueSatisfying(s -> {
        assertThat(s.reviewer().name()).isEqualTo("Dr. Ada Example");
        assertThat(s.date()).hasToString("2026-10-01");
      });
      assertThat(content.reviewFingerprint(item)).isEqualTo(content.approval(item).orElseThrow()
          .fingerprintOf(item.id()).orElseThrow());
    }
    assertThat(content.approval(content.item("step-evaluation").orElseThrow())).isEmpty();
    assertThat(rev(content.report())).isEmpty();
  }

  @Test
  void anEditedTextMakesThatItemsReviewStaleAtTheItemAndLeavesTheOthersReviewed(@TempDir Path tmp) throws IOException {
    Path bundle = clinicWith(tmp, "clinical.json", "the needle is advanced to the target.",
        "the needle is moved to the target.");

    EpiduralContent content = load(bundle);

    Problem stale = onlyReviewProblem(content, "EPI-REV-003");
    assertThat(stale.file()).isEqualTo("clinical.json");
    assertThat(stale.pointer()).isEqualTo(pointerOf(content, "step-placement"));
    assertThat(stale.line()).hasValue(ApiFixtures.lineOf(bundle.resolve("clinical.json"), "\"step-placement\"") - 1);
    assertThat(stale.message()).contains("2026-10-01", "Dr. Ada Example", "review-2026-10");
    assertThat(content.item("step-placement").orElseThrow().review().status()).isEqualTo(ReviewStatus.SOURCED);
    assertThat(content.approval(content.item("step-placement").orElseThrow())).isEmpty();
    assertThat(content.item("faq-drive").orElseThrow().review().status()).isEqualTo(ReviewStatus.CLINICALLY_REVIEWED);
    assertThat(content.procedures().reviewedAtLeast(ReviewStatus.CLINICALLY_REVIEWED).list())
        .extracting(p -> p.id().value()).containsExactly("lumbar-transforaminal-esi");
  }

  @Test
  void aChangedTranslationMakesThatItemsReviewStale(@TempDir Path tmp) throws IOException {
    EpiduralContent content = load(clinicWith(tmp, "es-MX.json", "¿Puedo manejar a casa",
        "¿Puedo yo manejar a casa"));

    Problem stale = onlyReviewProblem(content, "EPI-REV-003");
    assertThat(stale.file()).isEqualTo("faq.json");
    assertThat(stale.message()).contains("faq-drive");
    assertThat(content.item("faq-drive").orElseThrow().review().status()).isEqualTo(ReviewStatus.SOURCED);
    assertThat(content.item("step-placement").orElseThrow().review().status())
        .isEqualTo(ReviewStatus.CLINICALLY_REVIEWED);
  }

  @Test
  void aChangedSourceMakesTheReviewStaleAndStrictModeRefusesIt(@TempDir Path tmp) throws IOException {
    Path bundle = clinicWith(tmp, "faq.json", "\"locator\": \"after the injection\"",
        "\"locator\": \"after the procedure\"");

    assertThat(rev(EpiduralContent.loader().from(bundle).clock(ApiFixtures.CLOCK).validate()))
        .extracting(Problem::code).containsExactly("EPI-REV-003");
    assertThatThrownBy(() -> EpiduralContent.loader().from(bundle).clock(ApiFixtures.CLOCK).strict(true).load())
        .isInstanceOfSatisfying(BundleValidationException.class, e -> assertThat(e.report().problems())
            .anySatisfy(p -> {
              assertThat(p.code()).isEqualTo("EPI-REV-003");
              assertThat(p.isError()).isTrue();
            }));
  }

  @Test
  void aChangedVolumeMakesTheReviewStaleThoughNoTextChanged(@TempDir Path tmp) throws IOException {
    EpiduralContent content = load(clinicWith(tmp, "procedures.json", "\"high\": 2,", "\"high\": 3,"));

    assertThat(rev(content.report())).extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-REV-003", "/procedures/0"));
  }

  @Test
  void aClaimWithoutAnApprovalFallsBackToWhatTheContentSupports(@TempDir Path tmp) throws IOException {
    // An older manifest, without a reviews list, still reads; its claim of a review no longer counts.
    EpiduralContent content = load(clinicWith(tmp, "bundle.json", ",\n  \"reviews\": [\n    \"reviews.json\"\n  ]",
        ""));

    assertThat(onlyReviewProblem(content, "EPI-REV-007").pointer()).endsWith("/review/status");
    assertThat(content.item("lumbar-transforaminal-esi").orElseThrow().review().status())
        .isEqualTo(ReviewStatus.SOURCED);
  }

  @Test
  void unknownItemsFutureDatesAndMalformedFingerprintsAreErrorsWhereTheyStand(@TempDir Path tmp) throws IOException {
    Path bundle = ApiFixtures.copy("l10n/clinic", tmp);
    Path reviews = bundle.resolve("reviews.json");
    replace(reviews, "\"item\": \"step-placement\"", "\"item\": \"step-nowhere\"");
    replace(reviews, "\"date\": \"2026-10-01\"", "\"date\": \"2027-02-01\"");
    replace(reviews, "sha256:2b2f09", "SHA256:2b2f09");

    ValidationReport report = EpiduralContent.loader().from(bundle).clock(ApiFixtures.CLOCK).validate();

    assertThat(report.isValid()).isFalse();
    assertThat(rev(report)).filteredOn(Problem::isError).extracting(Problem::code, Problem::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("EPI-REV-005", "/reviews/0/date"),
            org.assertj.core.groups.Tuple.tuple("EPI-REV-006", "/reviews/0/items/1/fingerprint"),
            org.assertj.core.groups.Tuple.tuple("EPI-REV-004", "/reviews/0/items/2/item"));
    assertThat(rev(report)).filteredOn(Problem::isError).allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("reviews.json");
      assertThat(p.line()).isPresent();
    });
  }

  @Test
  void aSignOffIdUsedTwiceAndANextReviewBeforeTheReviewAreErrors(@TempDir Path tmp) throws IOException {
    Path bundle = ApiFixtures.copy("l10n/clinic", tmp);
    Path reviews = bundle.resolve("reviews.json");
    String one = Files.readString(reviews, StandardCharsets.UTF_8);
    String signOff = one.substring(one.indexOf("    {\n      \"id\""), one.lastIndexOf("  ]"));
    replace(reviews, signOff, signOff.stripTrailing() + ",\n" + signOff.replace("\"nextReview\": \"2099-10-01\"",
        "\"nextReview\": \"2026-09-30\""));

    ValidationReport report = EpiduralContent.loader().from(bundle).clock(ApiFixtures.CLOCK).validate();

    assertThat(rev(report)).extracting(Problem::code, Problem::pointer).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("EPI-REV-008", "/reviews/1/id"),
        org.assertj.core.groups.Tuple.tuple("EPI-REV-009", "/reviews/1/nextReview"));
  }

  @Test
  void aRequestForChangesApprovesNothing(@TempDir Path tmp) throws IOException {
    EpiduralContent content = load(clinicWith(tmp, "reviews.json", "\"decision\": \"approved\"",
        "\"decision\": \"changes-requested\""));

    assertThat(content.item("faq-drive").orElseThrow().review().status()).isEqualTo(ReviewStatus.SOURCED);
    assertThat(rev(content.report())).extracting(Problem::code).containsExactly("EPI-REV-007");
  }

  @Test
  void theBuiltInBundleClaimsNoClinicalReview() {
    EpiduralContent builtIn = EpiduralContent.builtIn();

    assertThat(builtIn.items()).allSatisfy(i -> {
      assertThat(i.review().status().isClinicallyReviewed()).isFalse();
      assertThat(builtIn.approval(i)).isEmpty();
    });
  }

  private static String pointerOf(EpiduralContent content, String id) {
    List<dev.epidural.model.ProcedureStep> steps = content.all(dev.epidural.model.ProcedureStep.class);
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().value().equals(id)) {
        return "/steps/" + i;
      }
    }
    throw new AssertionError(id);
  }
}
