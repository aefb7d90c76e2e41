package dev.epidural.content.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.Problem;
import dev.epidural.content.internal.problem.Problems;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of Jackson's parser errors an author meets, in plain words, at Jackson's line and column. */
class SyntaxMessagesTest {

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        Arguments.of("trailing comma in array", "{\"a\": [1, 2,]}", "1:13", "a comma before ']' is not allowed in JSON: remove the last comma"),
        Arguments.of("trailing comma in object", "{\"a\": 1,\\n}", "2:1", "a comma before '}' is not allowed in JSON: remove the last comma"),
        Arguments.of("missing comma in object", "{\"a\": 1\\n \"b\": 2}", "2:2", "a comma is missing between two properties of an object"),
        Arguments.of("missing comma in array", "{\"a\": [1 2]}", "1:10", "a comma is missing between two elements of an array"),
        Arguments.of("unquoted property name", "{a: 1}", "1:2", "property names must be in double quotes in JSON: write \"name\": ..., not name: ..."),
        Arguments.of("single-quoted name", "{'a': 1}", "1:2", "property names are written in double quotes (\"name\") in JSON, not single quotes"),
        Arguments.of("single-quoted value", "{\"a\": 'x'}", "1:7", "strings are written in double quotes (\"...\") in JSON, not single quotes"),
        Arguments.of("line comment", "{\"a\": 1 // note\\n}", "1:9", "comments (// or /* */) are not allowed in JSON"),
        Arguments.of("block comment", "{/* note */ \"a\": 1}", "1:2", "comments (// or /* */) are not allowed in JSON"),
        Arguments.of("hash comment", "{\"a\": 1 # note\\n}", "1:9", "comments (#, // or /* */) are not allowed in JSON"),
        Arguments.of("unterminated string", "{\"a\": \"abc", "1:11", "a string is not closed: its closing double quote (\") is missing"),
        Arguments.of("unclosed array", "{\"a\": [1", "1:9", "the file ends before an array is closed: a ']' is missing"),
        Arguments.of("unclosed object", "{\"a\": 1", "1:8", "the file ends before an object is closed: a '}' is missing"),
        Arguments.of("missing colon", "{\"a\" 1}", "1:6", "a colon (:) is missing between a property name and its value"),
        Arguments.of("missing value", "{\"a\": }", "1:7", "a value is missing before '}'"),
        Arguments.of("two commas", "{\"a\": 1,, \"b\": 2}", "1:9", "a property is missing before ',': two commas in a row, or a comma right after '{'"),
        Arguments.of("line break in string", "{\"a\": \"x\\ny\"}", "1:9", "a string may not go on to the next line: end it on its line, or write the line break as \\n"),
        Arguments.of("unknown word", "{\"a\": tru}", "1:7", "'tru' is not a JSON value: strings are written in double quotes, and the only words JSON knows are true, false and null"),
        Arguments.of("mismatched close", "{\"a\": [1}", "1:9", "'}' does not match what it closes: a ']' is missing before it, or the '}' is one too many"),
        Arguments.of("bad escape", "{\"a\": \"\\x\"}", "1:9", "'\\x' is not an escape JSON knows: write a backslash as \\\\; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits"),
        Arguments.of("leading zero", "{\"a\": 07}", "1:8", "a number may not start with 0 unless it is 0 itself or 0.something: write 7, not 07"),
        Arguments.of("NaN", "{\"a\": NaN}", "1:10", "NaN and Infinity are not numbers in JSON"),
        Arguments.of("plus sign", "{\"a\": +1}", "1:8", "a number may not start with '+': write 5, not +5"),
        Arguments.of("bare decimal point", "{\"a\": .5}", "1:7", "a number must start with a digit: write 0.5, not .5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void jacksonsErrorsInPlainWords(String name, String json, String where, String message) {
    List<Problem> list = problemsOfUnreadable(json.replace("\\n", "\n"));

    assertThat(list).hasSize(1);
    assertLocated(list.get(0), "EPI-JSON-001", where, message);
  }

  /** The problems of reading {@code json} as f.json, after checking that it does not read. */
  private static List<Problem> problemsOfUnreadable(String json) {
    Problems problems = new Problems();
    assertThat(JsonReader.parse("f.json", json, problems)).isEmpty();
    return problems.toList();
  }

  private static void assertLocated(Problem p, String code, String where, String message) {
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.message()).isEqualTo(message);
    assertThat(p.line().getAsInt() + ":" + p.column().getAsInt()).isEqualTo(where);
  }

  static Stream<Arguments> trailingContent() {
    return Stream.of(
        Arguments.of("second document", "{\"a\": 1} {\"b\": 2}", "1:10", "content after the end of the JSON document: start object '{'; a file holds exactly one JSON object"),
        Arguments.of("stray close", "{\"a\": 1}}", "1:9", "content after the end of the JSON document: '}' closes nothing: it is one too many"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trailingContent")
  void trailingContentInPlainWords(String name, String json, String where, String message) {
    assertLocated(problemsOfUnreadable(json).get(0), "EPI-JSON-003", where, message);
  }

  @org.junit.jupiter.api.Test
  void anUnknownMessageIsKeptWithoutTheParsersSourceDescription() {
    assertThat(SyntaxMessages.plain("Something new (for Array starting at [Source: REDACTED; line: 1]) here", ' '))
        .isEqualTo("malformed JSON: Something new here");
  }
}
