package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mixed-script rule: one script per word, Common and Inherited ignored, TR 39's CJK sets allowed. */
class MixedScriptTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "lidoc\u0430ine",          // Cyrillic a in a Latin word
      "\u0440opivacaine",        // Cyrillic er for p
      "Bupivac\u03b1ine",         // Greek alpha
      "N01BB0\u039f1",           // Greek capital omicron among code characters
  })
  void aWordMixingScriptsIsFlagged(String text) {
    assertThat(MixedScript.check(text)).hasValueSatisfying(m -> assertThat(m).contains("mixes the scripts"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Lidocaine",
      "Lidocaine (\u043b\u0438\u0434\u043e\u043a\u0430\u0438\u043d)", // two words, one script each
      "caf\u00e9 na\u00efve \u00c5ngstr\u00f6m",                     // Latin with accents
      "cafe\u0301",                                                   // combining accent is Inherited
      "B12 5-HT3 N01BB01",                                            // digits are Common
      "\u6771\u4eac\u30bf\u30ef\u30fc\u3067\u3059",                   // Han, Katakana and Hiragana: Japanese
      "\ud55c\uad6d\u8a9e",                                           // Hangul and Han: Korean
      "\u03b1-adrenergic",                                            // a hyphen splits the words
  })
  void oneScriptPerWordIsNotFlagged(String text) {
    assertThat(MixedScript.check(text)).isEmpty();
  }

  @Test
  void theMessageNamesTheWordAndItsScripts() {
    assertThat(MixedScript.check("use lidoc\u0430ine first")).hasValueSatisfying(m ->
        assertThat(m).contains("'lidoc\u0430ine'", "index 4", "Latin", "Cyrillic"));
  }
}
