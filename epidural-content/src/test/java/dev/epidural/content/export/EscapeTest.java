package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {

  @Test
  void htmlEscapesEachOfTheFiveCharacters() {
    assertThat(Escape.html("&")).isEqualTo("&amp;");
    assertThat(Escape.html("<")).isEqualTo("&lt;");
    assertThat(Escape.html(">")).isEqualTo("&gt;");
    assertThat(Escape.html("\"")).isEqualTo("&quot;");
    assertThat(Escape.html("'")).isEqualTo("&#39;");
  }

  @Test
  void htmlEscapesMarkupAsText() {
    assertThat(Escape.html(Fixtures.IMG_ONERROR))
        .isEqualTo("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    assertThat(Escape.html(Fixtures.SCRIPT_BREAKOUT))
        .isEqualTo("&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    // An entity in content is shown as written, not decoded.
    assertThat(Escape.html("&amp; &#x3c;")).isEqualTo("&amp;amp; &amp;#x3c;");
  }

  @Test
  void htmlLeavesEveryOtherCharacterAlone() {
    String other = "Épidurale – 2 mL ≥ 1\u2028\u2029\n\t😀 `x` = [a](b) javascript:";
    assertThat(Escape.html(other)).isEqualTo(other);
    assertThat(Escape.html("")).isEmpty();
  }

  @Test
  void markdownEscapesCharactersThatAreSyntaxAnywhere() {
    for (char ch : "\\`*_[]<>&|~!{}$".toCharArray()) {
      assertThat(Escape.markdownInline("a" + ch + "b")).as("'%s'", ch).isEqualTo("a\\" + ch + "b");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "+", "-", "=", ">"})
  void markdownEscapesLineStartSyntaxOnlyAtTheStart(String mark) {
    assertThat(Escape.markdownInline(mark + " x")).isEqualTo("\\" + mark + " x");
    if (!mark.equals(">")) {
      assertThat(Escape.markdownInline("x " + mark + " y")).isEqualTo("x " + mark + " y");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. first|1\\. first",
      "12) twelfth|12\\) twelfth",
      "1.5 mL|1\\.5 mL",
      "Step 1. then|Step 1. then",
      "2026-11-21|2026-11-21"})
  void markdownEscapesOrderedListMarkersAtTheStart(String text, String expected) {
    assertThat(Escape.markdownInline(text)).isEqualTo(expected);
  }

  @Test
  void markdownInlineTurnsLineBreaksIntoSpacesAndDropsIndentation() {
    assertThat(Escape.markdownInline("    code\nnext\r\nthird\rfourth\t "))
        .isEqualTo("code next third fourth");
  }

  @Test
  void markdownNeutralisesHtmlLinksAndImages() {
    assertThat(Escape.markdownInline("<div onclick=x>")).isEqualTo("\\<div onclick=x\\>");
    assertThat(Escape.markdownInline("[click](javascript:x)")).isEqualTo("\\[click\\](javascript:x)");
    assertThat(Escape.markdownInline("![i](https://x)")).isEqualTo("\\!\\[i\\](https://x)");
    assertThat(Escape.markdownInline("<https://x>")).isEqualTo("\\<https://x\\>");
    assertThat(Escape.markdownInline("&copy;")).isEqualTo("\\&copy;");
  }

  @Test
  void markdownBlockKeepsParagraphsAndEscapesEachLineStart() {
    assertThat(Escape.markdownBlock("Title\n===\n\n\n    # not code\n- not a list"))
        .isEqualTo("Title\n\\===\n\n\\# not code\n\\- not a list");
    assertThat(Escape.markdownBlock(" \n\t\n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "HTTPS://EXAMPLE.ORG/x",
      "https://doi.org/10.1002/(SICI)1097-4571"})
  void httpUrlsAreLinkable(String url) {
    assertThat(Escape.httpUrl(url)).contains(url);
    assertThat(Escape.href(url)).contains(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:window.__pwned=1", "JaVaScRiPt:alert(1)", "vbscript:x", "data:text/html,x",
      " https://example.org", "https://example.org/a b", "java\tscript:x", "https://example.org/\"onmouseover=x",
      "https://example.org/<script>", "http:example.org", "https://", "//evil.example", "mailto:a@example.org",
      "ftp://example.org/file", "relative/path.html", "", "https://exämple.org", "https://example.org\\@evil"})
  void otherUrlsAreNotLinkable(String url) {
    assertThat(Escape.httpUrl(url)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"faq.html", "procedure-lumbar-esi.html", "../index.html#top", "#source-x", "a/b?c=d"})
  void relativeReferencesAreHrefsButNotHttpUrls(String href) {
    assertThat(Escape.href(href)).contains(href);
    assertThat(Escape.httpUrl(href)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:window.__pwned=1", "//evil.example/x", "data:,x", "\\\\evil.example",
      "mailto:a@example.org", "faq.html\" onclick=\"x", ""})
  void hrefsRefuseSchemesProtocolRelativeAndBrokenReferences(String href) {
    assertThat(Escape.href(href)).isEmpty();
  }

  @Test
  void doiUrlPercentEncodesEverythingButUnreservedCharactersAndSlashes() {
    assertThat(Escape.doiUrl("10.1148/rg.2017160043")).isEqualTo("https://doi.org/10.1148/rg.2017160043");
    String odd = Escape.doiUrl("10.1002/(SICI)1097<3::AID>\"x é");
    assertThat(odd).isEqualTo("https://doi.org/10.1002/%28SICI%291097%3C3%3A%3AAID%3E%22x%20%C3%A9");
    assertThat(Escape.httpUrl(odd)).contains(odd);
  }

  @Test
  void jsonStringsAreScriptSafe() {
    assertThat(Json.string("</script><!--&\u2028\u2029"))
        .isEqualTo("\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\"");
    assertThat(Json.string("a/b \"q\" \\ é\n")).isEqualTo("\"a/b \\\"q\\\" \\\\ é\\n\"");
  }

  @Test
  void prettyJsonUsesLineFeedsAndTwoSpacesWhateverThePlatform() {
    String json = Json.write(true, g -> {
      g.writeStartObject();
      g.writeArrayPropertyStart("a");
      g.writeEndArray();
      g.writeStringProperty("b", "c");
      g.writeEndObject();
    });
    assertThat(json).isEqualTo("{\n  \"a\": [],\n  \"b\": \"c\"\n}");
  }
}
