package dev.epidural.content.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BundleFiles#checkRelative} checks by hand what it once checked with a regular expression
 * and a stream; it says the same of every path as that did.
 */
class RelativePathProperties {

  /** The check as it was written with a regular expression and a stream. */
  private static Optional<String> byExpression(String relative) {
    if (relative.isEmpty()) {
      return Optional.of("is empty");
    }
    if (relative.indexOf('\\') >= 0) {
      return Optional.of("contains a backslash; use '/'");
    }
    if (relative.startsWith("/") || relative.matches("^[A-Za-z]:.*")) {
      return Optional.of("is absolute; paths are relative to the bundle root");
    }
    for (String part : relative.split("/", -1)) {
      if (part.equals("..") || part.equals(".") || part.isEmpty()) {
        return Optional.of("has an empty, '.' or '..' segment; paths may not leave the bundle root");
      }
    }
    if (relative.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      return Optional.of("contains a control character");
    }
    return Optional.empty();
  }

  @Provide
  Arbitrary<String> paths() {
    // Drive letters, separators, dots and every kind of line terminator and control character.
    return Arbitraries.strings().withChars("aZq09:/.\\-_ \t\n\r\u0000\u007f\u0085\u2028\u2029\u00e9\ud83d\ude00")
        .ofMaxLength(8);
  }

  @Property(tries = 3000)
  void saysWhatTheExpressionSaid(@ForAll("paths") String relative) {
    assertThat(BundleFiles.checkRelative(relative)).isEqualTo(byExpression(relative));
  }

  @Property
  void saysWhatTheExpressionSaidOfAnyString(@ForAll String relative) {
    assertThat(BundleFiles.checkRelative(relative)).isEqualTo(byExpression(relative));
  }

  @Example
  void aDriveLetterIsAbsoluteUnlessALineEndsBehindIt() {
    assertThat(BundleFiles.checkRelative("C:bundle.json")).contains("is absolute; paths are relative to the bundle root");
    assertThat(BundleFiles.checkRelative("c:\u2028x")).isEmpty();
    assertThat(BundleFiles.checkRelative("c:\nx")).contains("contains a control character");
    assertThat(BundleFiles.checkRelative("1:x")).isEmpty();
  }
}
