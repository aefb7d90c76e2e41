package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void printsTheBundleTheLumbarProceduresTheCervicalApproachesAndACount() {
    List<String> lines = ExampleRuns.lines(out -> Quickstart.run(ExampleRuns.fixture(), out));

    String radiographics = "Guided Epidural Injections: A Test Fixture (Radiographics)";
    assertThat(lines).containsExactly(
        "Examples test content 1.0.0 (examples-fixture)",
        "",
        "Lumbar procedures, with their approaches and steps:",
        "  Lumbar transforaminal epidural steroid injection",
        "    approaches: Transforaminal",
        "    1. Evaluation (evaluation)",
        "    2. Needle placement (intervention)",
        "    3. Observation (monitoring)",
        "",
        "Approaches used in the cervical region, as the sources state:",
        "  Interlaminar, used in cervical, lumbar",
        "    source: " + radiographics + ", abstract: routes by region",
        "  Transforaminal, used in cervical, lumbar",
        "    source: " + radiographics + ", transforaminal technique",
        "",
        "14 items, citing 2 sources: 2 procedures, 0 medications, 2 questions and answers.");
  }
}
