package dev.epidural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalizedPatientViewTest {

  @Test
  void printsSpanishWhereTranslatedAndSaysWhichLocaleServed() {
    List<String> lines = ExampleRuns.lines(out -> LocalizedPatientView.run(ExampleRuns.fixture(), out));

    assertThat(lines).containsExactly(
        "Looking texts up in: [es-MX, es, en]",
        "",
        "Inyección epidural transforaminal lumbar de esteroides [es]",
        "  Se coloca un medicamento junto a un nervio irritado de la zona lumbar. [es]",
        "",
        "Q: ¿Puedo conducir a casa después? [es]",
        "A: No; arrange for someone else to drive you home. [en]",
        "Q: How much does it cost? [en]",
        "A: Ask your clinic for a quote. [en]",
        "",
        // 29 texts in the fixture (28 general, one patient variant); three are translated.
        "es: 3 of 29 texts translated (10%), 0 stale");
  }
}
