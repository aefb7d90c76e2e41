package dev.epidural.content.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.Problem;
import dev.epidural.content.ProblemCode;
import dev.epidural.model.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The caps: a report holds at most {@link Problems#MAX_REPORTED} problems whatever is added. */
class ProblemsTest {

  @Test
  void problemsOfOneCodeInOneFilePastTheCapAreSummedUpInOne() {
    Problems problems = new Problems();
    for (int i = 0; i < 200_000; i++) {
      problems.add(ProblemCode.SHAPE_MISSING, "missing", "faq.json", "/faq/" + i, 1, i + 1);
    }

    List<Problem> list = problems.toList();

    assertThat(list).hasSize(Problems.PER_CODE_AND_FILE + 1);
    assertThat(list).filteredOn(p -> p.code().equals("EPI-LIM-001")).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("and " + (200_000 - Problems.PER_CODE_AND_FILE)
          + " more EPI-SHAPE-001 in faq.json");
      assertThat(p.file()).isEqualTo("faq.json");
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(problems.hasErrors()).isTrue();
    assertThat(problems.errorCount()).isEqualTo(200_000);
  }

  @Test
  void aSummaryOfWarningsIsAWarning() {
    Problems problems = new Problems();
    IntStream.range(0, Problems.PER_CODE_AND_FILE + 5).forEach(i ->
        problems.addFile(ProblemCode.REF_UNUSED_SOURCE, "unused", "bundle.json"));

    assertThat(problems.toList()).filteredOn(p -> p.code().equals("EPI-LIM-001")).singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    assertThat(problems.hasErrors()).isFalse();
  }

  @Test
  void theBundleCapAndTheSummaryCapBoundTheReport() {
    Problems problems = new Problems();
    // Many files, many codes: every cap is reached.
    ProblemCode[] codes = ProblemCode.values();
    for (int f = 0; f < 2_000; f++) {
      for (int c = 0; c < 10; c++) {
        problems.addFile(codes[c], "x", "f" + f + ".json");
      }
    }

    List<Problem> list = problems.toList();

    assertThat(list.size()).isLessThanOrEqualTo(Problems.MAX_REPORTED);
    assertThat(list).filteredOn(p -> !p.code().startsWith("EPI-LIM-")).hasSize(Problems.PER_BUNDLE);
    assertThat(list).filteredOn(p -> p.code().equals("EPI-LIM-001")).hasSize(Problems.SUMMARIES);
    assertThat(list).filteredOn(p -> p.code().equals("EPI-LIM-002")).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("and " + (20_000 - Problems.PER_BUNDLE
            - Problems.SUMMARIES) + " more problems"));
  }

  @Test
  void whatTheCapsKeepDoesNotDependOnArrivalOrder() {
    List<Integer> order = new java.util.ArrayList<>(IntStream.range(0, 60_000).boxed().toList());
    Problems inOrder = new Problems();
    order.forEach(i -> add(inOrder, i));
    java.util.Collections.shuffle(order, new java.util.Random(7));
    Problems shuffled = new Problems();
    order.parallelStream().forEach(i -> add(shuffled, i));

    assertThat(shuffled.toList()).containsExactlyInAnyOrderElementsOf(inOrder.toList());
    assertThat(inOrder.toList()).filteredOn(p -> p.code().equals("EPI-SHAPE-001"))
        .allSatisfy(p -> assertThat(p.line().getAsInt()).isLessThanOrEqualTo(Problems.PER_CODE_AND_FILE));
  }

  private static void add(Problems problems, int i) {
    problems.add(ProblemCode.SHAPE_MISSING, "missing", "f" + (i % 300) + ".json", "/x/" + i, i / 300 + 1, 1);
  }

  @Test
  void underTheCapsNothingChanges() {
    Problems problems = new Problems();
    problems.addFile(ProblemCode.JSON_SYNTAX, "bad", "a.json");

    assertThat(problems.toList()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("EPI-JSON-001"));
    assertThat(problems.dropped()).isZero();
  }
}
