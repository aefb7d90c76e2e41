package dev.epidural.content.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.ApiFixtures;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Audience;
import dev.epidural.model.Citation;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A review fingerprint depends on what was reviewed, and on nothing else. */
class ReviewFingerprintProperties {

  /** Rewrites every file of the clinic bundle with shuffled keys and random whitespace: same fingerprints. */
  @Property(tries = 15)
  void stableAcrossKeyOrderAndWhitespace(@ForAll long seed) throws IOException {
    Path dir = Files.createTempDirectory("fp");
    Path bundle = ApiFixtures.copy("l10n/clinic", dir.resolve("b"));
    Random random = new Random(seed);
    try (var files = Files.list(bundle)) {
      for (Path f : files.toList()) {
        Node root = JsonReader.read(f.toString(), Files.readAllBytes(f), new Problems()).orElseThrow();
        StringBuilder out = new StringBuilder();
        write(root, out, random);
        Files.writeString(f, out, StandardCharsets.UTF_8);
      }
    }
    EpiduralContent original = ApiFixtures.clinic();
    EpiduralContent rewritten = EpiduralContent.loader().from(bundle).clock(ApiFixtures.CLOCK).load();

    for (Item item : original.items()) {
      assertThat(rewritten.reviewFingerprint(rewritten.item(item.id().value()).orElseThrow()))
          .as(item.id().value()).isEqualTo(original.reviewFingerprint(item));
    }
    assertThat(rewritten.approval(rewritten.item("faq-drive").orElseThrow())).isPresent();
  }

  /** Any change to a text variant, a translation, a citation or the locale changes the fingerprint. */
  @Property(tries = 300)
  void changesWithAnyTextSourceOrLocaleChange(@ForAll("entries") FaqEntry entry, @ForAll("changes") int change,
                                              @ForAll("strings") String other) {
    Map<Translations.Key, Translations.Entry> tr = new HashMap<>();
    tr.put(new Translations.Key(entry.id().value(), "question", Optional.empty(), Locale.forLanguageTag("es")),
        new Translations.Entry("pregunta", "0".repeat(64)));
    String before = ReviewFingerprint.of(entry, Locale.ENGLISH, tr);
    Text q = entry.question();
    Text a = entry.answer();
    Locale locale = Locale.ENGLISH;
    FaqEntry changed = entry;
    Citation c = entry.sources().get(0);
    switch (change) {
      case 0 -> changed = with(entry, new Text(q.text() + other, q.patient(), q.clinician()), a, entry.sources());
      case 1 -> changed = with(entry, new Text(q.text(), Optional.of(q.patient().orElse("") + other), q.clinician()), a,
          entry.sources());
      case 2 -> changed = with(entry, q, new Text(a.text(), a.patient(), Optional.of(a.clinician().orElse("") + other)),
          entry.sources());
      case 3 -> changed = with(entry, q, a, List.of(new Citation(c.source(), c.locator() + other)));
      case 4 -> changed = with(entry, q, a, List.of(Citation.of("src-" + Integer.toHexString(other.hashCode() & 0xfff)
          + "-x", c.locator())));
      case 5 -> locale = Locale.forLanguageTag("en-GB");
      case 6 -> tr.put(new Translations.Key(entry.id().value(), "question", Optional.empty(),
          Locale.forLanguageTag("es")), new Translations.Entry("pregunta" + other, "0".repeat(64)));
      case 7 -> tr.put(new Translations.Key(entry.id().value(), "answer", Optional.of(Audience.PATIENT),
          Locale.forLanguageTag("fr")), new Translations.Entry(other, "0".repeat(64)));
      default -> throw new AssertionError(change);
    }
    assertThat(ReviewFingerprint.of(changed, locale, tr)).as("change " + change).isNotEqualTo(before)
        .matches("sha256:[0-9a-f]{64}");
  }

  @Property(tries = 100)
  void otherItemsTranslationsAndTheReviewItselfDoNotCount(@ForAll("entries") FaqEntry entry) {
    Map<Translations.Key, Translations.Entry> tr = Map.of(new Translations.Key("another-item", "question",
        Optional.empty(), Locale.forLanguageTag("es")), new Translations.Entry("otra", "0".repeat(64)));
    FaqEntry reReviewed = new FaqEntry(entry.id(), entry.question(), entry.answer(), entry.sources(),
        Review.of(ReviewStatus.DRAFT));

    assertThat(ReviewFingerprint.of(reReviewed, Locale.ENGLISH, tr))
        .isEqualTo(ReviewFingerprint.of(entry, Locale.ENGLISH, Map.of()));
  }

  private static FaqEntry with(FaqEntry e, Text q, Text a, List<Citation> sources) {
    return new FaqEntry(e.id(), q, a, sources, e.review());
  }

  @Provide
  Arbitrary<Integer> changes() {
    return Arbitraries.integers().between(0, 7);
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(5).withChars("aé\"\\\n\u0001 z");
  }

  @Provide
  Arbitrary<FaqEntry> entries() {
    Arbitrary<String> s = Arbitraries.strings().ofMinLength(1).ofMaxLength(12).withChars("ab \"\\\nç");
    Arbitrary<Text> text = Combinators.combine(s, s.optional(), s.optional()).as(Text::new);
    return Combinators.combine(text, text, s).as((q, a, loc) -> new FaqEntry(Id.of("faq-x"), q, a,
        List.of(Citation.of("src-a", loc)), Review.of(ReviewStatus.SOURCED)));
  }

  // ---------------------------------------------------------------- a JSON writer that shuffles

  private static void write(Node node, StringBuilder out, Random random) {
    if (node instanceof Node.Obj o) {
        List<Node.Member> members = new ArrayList<>(o.members());
        Collections.shuffle(members, random);
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
          out.append(i == 0 ? "" : ",").append(blank(random));
          string(members.get(i).name(), out);
          out.append(blank(random)).append(':').append(blank(random));
          write(members.get(i).value(), out, random);
        }
        out.append(blank(random)).append('}');
    } else if (node instanceof Node.Arr a) {
        out.append('[');
        for (int i = 0; i < a.elements().size(); i++) {
          out.append(i == 0 ? "" : ",").append(blank(random));
          write(a.elements().get(i), out, random);
        }
        out.append(blank(random)).append(']');
    } else if (node instanceof Node.Str s) {
      string(s.value(), out);
    } else if (node instanceof Node.Num n) {
      out.append(n.text());
    } else if (node instanceof Node.Bool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static String blank(Random random) {
    return List.of("", " ", "\n", "\t  ", "\r\n    ").get(random.nextInt(5));
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
