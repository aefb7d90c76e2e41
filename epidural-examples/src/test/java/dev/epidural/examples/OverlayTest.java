package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {

  @Test
  void printsWhatTheClinicsOverlayChanged() {
    List<String> lines = ExampleRuns.lines(out -> Overlay.run(ExampleRuns.fixture(), out));

    assertThat(lines).containsExactly(
        "Layers: examples-fixture < example-clinic",
        "added:     clinic-faq-arrival",
        "replaced:  faq-cost",
        "withdrawn: alt-intrathecal",
        "",
        "Q: How much does an epidural injection cost at Example Clinic?",
        "A: The clinic's fee for one injection is listed in the patient handbook and includes the follow-up call.",
        "   source: Example Clinic patient handbook (Example Clinic), fees",
        "",
        "14 items, citing 3 sources from 2 bundles; 0 warning(s).");
  }
}
