package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionApproachLookupTest {

  @Test
  void printsEachRegionsApproachesAndTheProceduresUsingThem() {
    List<String> lines = ExampleRuns.lines(out -> RegionApproachLookup.run(ExampleRuns.fixture(), out));

    assertThat(lines).containsExactly(
        "cervical: interlaminar, transforaminal",
        "  interlaminar: Cervical interlaminar epidural steroid injection",
        "thoracic: no approach described",
        "lumbar: interlaminar, transforaminal, caudal",
        "  transforaminal: Lumbar transforaminal epidural steroid injection",
        "sacral: caudal");
  }
}
