package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

  @Test
  void aSourceWithOnlyTitleAndPublisherIsValid() {
    Source source = new Source(Id.of("example-esi-review"), "Epidural injections", "Example Society",
        Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(violations(source)).isEmpty();
  }

  @Test
  void aFullyDescribedSourceIsValid() {
    assertThat(violations(Fixtures.source())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org", "https://example.org/esi?page=2#abstract"})
  void httpAndHttpsUrlsAreAccepted(String url) {
    assertThat(violations(with(Fixtures.source(), "url", Optional.of(url)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1148/rg.2017160171", "10.5555/esi.2017.001", "10.123456789/x"})
  void doisWithARegistrantOfFourToNineDigitsAreAccepted(String doi) {
    assertThat(violations(with(Fixtures.source(), "doi", Optional.of(doi)))).isEmpty();
  }

  static Stream<Arguments> invalidSources() {
    return Stream.of(
        Arguments.of("title", " ", "title @NotBlank"),
        Arguments.of("title", "x".repeat(501), "title @Size"),
        Arguments.of("publisher", "", "publisher @NotBlank"),
        Arguments.of("publisher", "x".repeat(301), "publisher @Size"),
        Arguments.of("url", Optional.of("ftp://example.org/esi"), "url @Pattern"),
        Arguments.of("url", Optional.of("example.org/esi"), "url @Pattern"),
        Arguments.of("url", Optional.of("https://"), "url @Pattern"),
        Arguments.of("url", Optional.of("https://example.org/epidural injections"), "url @Pattern"),
        Arguments.of("url", Optional.of("https://example.org/" + "x".repeat(2000)), "url @Size"),
        Arguments.of("doi", Optional.of("doi:10.1148/rg.2017160171"), "doi @Pattern"),
        Arguments.of("doi", Optional.of("10.114/rg.2017160171"), "doi @Pattern"),
        Arguments.of("doi", Optional.of("10.1148/"), "doi @Pattern"),
        Arguments.of("doi", Optional.of("https://doi.org/10.1148/rg.2017160171"), "doi @Pattern"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidSources")
  void eachMalformedComponentIsReportedAlone(String component, Object value, String expected) {
    assertThat(violations(with(Fixtures.source(), component, value))).isEqualTo(List.of(expected));
  }
}
