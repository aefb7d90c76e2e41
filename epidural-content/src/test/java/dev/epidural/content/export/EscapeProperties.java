package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EscapeProperties {

  /** Strings dense in the characters that matter to HTML, Markdown, JSON and JavaScript. */
  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.strings()
        .withChars("<>&\"'\\/`*_[]()!#+-=.|~{}$:;? \t\n\r\u2028\u2029\u0000é😀")
        .withCharRange('a', 'c')
        .withCharRange('0', '2')
        .ofMaxLength(60);
  }

  // At each try, the two properties below check a string of any characters and one dense in the tricky ones.
  @Property
  void htmlEscapedTextHasNoMarkupCharacters(@ForAll String text, @ForAll("tricky") String tricky) {
    assertHtmlSafe(text);
    assertHtmlSafe(tricky);
  }

  @Property
  void jsonStringsParseBackAndHideScriptCharacters(@ForAll String text, @ForAll("tricky") String tricky) {
    assertJsonSafe(text);
    assertJsonSafe(tricky);
  }

  @Property
  void markdownInlineLeavesNoSyntaxUnescaped(@ForAll("tricky") String text) {
    String escaped = Escape.markdownInline(text);
    assertThat(escaped).doesNotContain("\n", "\r");
    String bare = withoutEscapes(escaped);
    assertThat(bare).doesNotContainPattern("[\\\\`*_\\[\\]<>&|~!{}$]");
    assertThat(bare).doesNotStartWith("#").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("=")
        .doesNotStartWith(" ").doesNotStartWith("\t").doesNotMatch("(?s)\\d+[.)].*");
  }

  @Property
  void markdownInlineUnescapesToTheTextOnOneLine(@ForAll("tricky") String text) {
    String oneLine = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    String expected = oneLine.replaceAll("\\A[ \\t]+", "").replaceAll("[ \\t]+\\z", "");
    assertThat(unescapeMarkdown(Escape.markdownInline(text))).isEqualTo(expected);
  }

  @Property
  void markdownBlockLinesNeverStartACodeBlockOrRawHtml(@ForAll("tricky") String text) {
    for (String line : Escape.markdownBlock(text).split("\n", -1)) {
      assertThat(line).doesNotStartWith(" ").doesNotStartWith("\t");
      assertThat(withoutEscapes(line)).doesNotContain("<", "&", "`");
    }
  }

  private static void assertHtmlSafe(String text) {
    String escaped = Escape.html(text);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(unescapeHtml(escaped)).isEqualTo(text);
    assertThat(HtmlFragment.text(text).html()).isEqualTo(escaped);
  }

  private static void assertJsonSafe(String text) {
    String json = Json.string(text);
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(JsonTree.parse(json)).isEqualTo(text);
  }

  /** Decodes the five entities Escape.html writes, left to right. */
  static String unescapeHtml(String html) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < html.length()) {
      if (html.charAt(i) == '&') {
        int semicolon = html.indexOf(';', i);
        String entity = html.substring(i, semicolon + 1);
        out.append(switch (entity) {
          case "&amp;" -> '&';
          case "&lt;" -> '<';
          case "&gt;" -> '>';
          case "&quot;" -> '"';
          case "&#39;" -> '\'';
          default -> throw new AssertionError("unexpected entity " + entity);
        });
        i = semicolon + 1;
      } else {
        out.append(html.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Removes CommonMark backslash escapes: a backslash before ASCII punctuation. */
  static String unescapeMarkdown(String markdown) {
    return replaceEscapes(markdown, escaped -> escaped);
  }

  /** The text with every escaped character (and its backslash) replaced by an x: what Markdown reads as syntax. */
  static String withoutEscapes(String markdown) {
    return replaceEscapes(markdown, escaped -> 'x');
  }

  /** The text with each backslash escape (a backslash before ASCII punctuation) replaced by one character. */
  private static String replaceEscapes(String markdown, UnaryOperator<Character> replacement) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < markdown.length(); i++) {
      char ch = markdown.charAt(i);
      if (ch == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
        out.append(replacement.apply(markdown.charAt(++i)).charValue());
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static boolean isAsciiPunctuation(char ch) {
    return ch < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(ch) >= 0;
  }
}
