package dev.epidural.content.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.read.Utf8;
import dev.epidural.content.internal.rules.TextRules;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written checks the loader's fast path relies on, each held to the library code it
 * stands in for: {@link Utf8} to the JDK's strict decoder, {@link Binder#date} to
 * {@link LocalDate#parse}, and the colon shortcut of {@link TextRules} to its markup expression.
 */
class FastPathPartsProperties {

  // ------------------------------------------------------------------ UTF-8

  @Property(tries = 3000)
  void utf8CheckAgreesWithTheStrictDecoder(@ForAll("utf8ish") byte[] bytes) {
    assertThat(Utf8.isWellFormed(bytes)).isEqualTo(strictlyDecodes(bytes));
  }

  @Property(tries = 500)
  void utf8CheckAgreesOnArbitraryBytes(@ForAll byte[] bytes) {
    assertThat(Utf8.isWellFormed(bytes)).isEqualTo(strictlyDecodes(bytes));
  }

  /** Edge bytes between runs of ASCII of any length: the check reads ASCII eight bytes at a time. */
  @Property(tries = 2000)
  void utf8CheckAgreesAcrossAsciiRuns(@ForAll("asciiRuns") byte[] bytes) {
    assertThat(Utf8.isWellFormed(bytes)).isEqualTo(strictlyDecodes(bytes));
  }

  @Provide
  Arbitrary<byte[]> asciiRuns() {
    Arbitrary<byte[]> ascii = Arbitraries.integers().between(0, 20).map(n -> {
      byte[] b = new byte[n];
      java.util.Arrays.fill(b, (byte) 'a');
      return b;
    });
    return net.jqwik.api.Combinators.combine(ascii, utf8ish(), ascii, utf8ish(), ascii).as((a, x, b, y, c) -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (byte[] part : List.of(a, x, b, y, c)) {
        out.writeBytes(part);
      }
      return out.toByteArray();
    });
  }

  /** Byte strings built from the edges of each UTF-8 form: lead bytes, continuations, overlongs, surrogates. */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<Integer> edge = Arbitraries.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF);
    return edge.list().ofMaxSize(8).map(list -> {
      byte[] b = new byte[list.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (int) list.get(i);
      }
      return b;
    });
  }

  @Example
  void utf8CheckKnowsTheClassicCases() {
    assertThat(Utf8.isWellFormed("añ€😀".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse(); // overlong NUL
    assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // surrogate
    assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isFalse();
    assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xE2, (byte) 0x82})).isFalse(); // truncated
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------ dates

  @Property(tries = 2000)
  void dateAgreesWithLocalDateParse(@ForAll("dates") String text) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertThat(Binder.date(text)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> dates() {
    Arbitrary<String> year = Arbitraries.of("0000", "0001", "1900", "2000", "2024", "2026", "2100", "9999", "+2026", "26");
    Arbitrary<String> month = Arbitraries.of("00", "01", "02", "09", "10", "12", "13", "99", "1", "1a");
    Arbitrary<String> day = Arbitraries.of("00", "01", "28", "29", "30", "31", "32", "7", " 7");
    Arbitrary<String> sep = Arbitraries.of("-", "/", "");
    return net.jqwik.api.Combinators.combine(year, sep, month, sep, day).as((y, s1, m, s2, d) -> y + s1 + m + s2 + d);
  }

  // ------------------------------------------------------------------ script schemes

  private static final Pattern SCHEME = Pattern.compile("(?i:javascript|vbscript|data)\\s*:");

  @Property(tries = 2000)
  void colonsAreJudgedAsTheMarkupExpressionJudgesThem(@ForAll("colonTexts") String text) {
    boolean markup = TextRules.check(text).map(b -> b.code() == ProblemCode.TEXT_MARKUP).orElse(false);
    assertThat(markup).isEqualTo(SCHEME.matcher(text).find());
  }

  @Provide
  Arbitrary<String> colonTexts() {
    Arbitrary<String> piece = Arbitraries.of("data", "DaTa", "metadata", "script", "JavaScript", "java", "vb",
        "VBScript", ":", " ", "  ", "x", "-", ".", "dat", "cript");
    return piece.list().ofMinSize(1).ofMaxSize(7).map(ps -> String.join("", ps).strip())
        .filter(s -> !s.isEmpty());
  }

  @Example
  void colonsInOrdinaryTextAreNotMarkup() {
    assertThat(TextRules.check("Note: rest for a day.")).isEmpty();
    assertThat(TextRules.check("See data: table 2")).map(TextRules.Breach::code).contains(ProblemCode.TEXT_MARKUP);
    assertThat(TextRules.check("javascript :alert(1)")).map(TextRules.Breach::code)
        .contains(ProblemCode.TEXT_MARKUP);
    assertThat(List.of("a:b", "time: 10 min")).allSatisfy(t -> assertThat(TextRules.check(t)).isEmpty());
  }
}
