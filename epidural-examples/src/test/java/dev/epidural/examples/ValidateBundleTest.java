package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateBundleTest {

  @Test
  void printsEveryProblemOfTheSampleLocated() {
    List<ValidationReport> reports = new ArrayList<>();
    List<String> lines = ExampleRuns.lines(out -> reports.add(
        ValidateBundle.run(EpiduralContent.loader().fromClasspath(ValidateBundle.SAMPLE), out)));

    assertThat(reports.get(0).isValid()).isFalse();
    // One line per problem, compiler style: file:line:column: severity code message (at pointer).
    assertThat(lines.subList(0, 5)).containsExactly(
        "classpath:" + ValidateBundle.SAMPLE + ": 4 error(s), 0 warning(s)",
        "procedures.json:10:70: error EPI-CLIN-002 approach 'caudal' reaches only lumbar and sacral targets; "
            + "the procedure is in [cervical] (at /procedures/0/approaches)",
        "procedures.json:11:16: error EPI-REF-002 'step-missing' names no step item in the bundle "
            + "(at /procedures/0/steps/0)",
        "procedures.json:13:34: error EPI-TEXT-001 markup '<b' at index 17; texts are plain text "
            + "(no HTML, entities or script URLs) (at /procedures/1/name)",
        "procedures.json:15:17: error EPI-CLIN-004 item 'lumbar-esi' cites no source; every clinical item cites "
            + "at least one (at /procedures/1/sources)");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("The bundle cannot be loaded: fix the errors above.");
  }

  @Test
  void aValidBundleCanBeLoaded() {
    List<String> lines = ExampleRuns.lines(out -> ValidateBundle.run(EpiduralContent.loader().fromClasspath("fixture"), out));

    // The fixture's Spanish patient translations cannot be scored for readability, and the report says so once.
    assertThat(lines).containsExactly("classpath:fixture: 0 error(s), 0 warning(s)",
        "es.json:2:13: info EPI-TEXT-010 patient texts in es were not scored for readability: the Flesch-Kincaid "
            + "grade level is a formula for English (at /locale)",
        "The bundle can be loaded.");
  }
}
