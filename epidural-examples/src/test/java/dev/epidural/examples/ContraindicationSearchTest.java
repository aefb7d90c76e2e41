package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContraindicationSearchTest {

  @Test
  void printsTheFactorsAndBothSearchesWithSources() {
    List<String> lines = ExampleRuns.lines(out -> ContraindicationSearch.run(ExampleRuns.fixture(), out));

    assertThat(lines).containsExactly(
        "Factor keywords: anticoagulant-use, antiplatelet-use, pregnancy",
        "",
        "With the factor 'anticoagulant-use':",
        "  Taking blood thinners (They raise the risk of bleeding.)",
        "    source: Guided Epidural Injections: A Test Fixture (Radiographics), "
            + "contraindications",
        "",
        "Mentioning 'bleeding':",
        "  Taking blood thinners, found in note, review: sourced",
        "    source: Guided Epidural Injections: A Test Fixture (Radiographics), "
            + "contraindications",
        "",
        "These are search results over the content, not advice: ask a clinician.");
  }
}
