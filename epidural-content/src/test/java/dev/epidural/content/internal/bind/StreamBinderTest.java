package dev.epidural.content.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.paged.PagedList;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path binds what is certainly valid and declines everything else, reporting nothing. */
class StreamBinderTest {

  private static final String STEP = "{\"id\": \"step-a\", \"phase\": \"evaluation\", \"name\": \"Check in\","
      + " \"description\": {\"text\": \"The team checks the form.\", \"patient\": \"We check your form.\"},"
      + " \"sources\": [{\"source\": \"src-a\", \"locator\": \"p. 2\"}],"
      + " \"review\": {\"status\": \"sourced\", \"lastReviewed\": \"2026-11-21\"}}";

  @Test
  void bindsEveryBuiltInContentFileAsTheReportingPathDoes() {
    BundleFiles files = new BundleFiles.Classpath(StreamBinderTest.class.getClassLoader(), "dev/epidural/content/builtin");
    Problems problems = new Problems();
    Manifest manifest = new Binder(problems, "bundle.json", Map.of()).bind(
        JsonReader.read("bundle.json", files.read(BundleFiles.MANIFEST, problems).orElseThrow(), problems)
            .orElseThrow(), Manifest.class, "").orElseThrow();
    Map<Class<?>, Object> defaults = manifest.defaultReview().<Map<Class<?>, Object>>map(r -> Map.of(Review.class, r))
        .orElse(Map.of());
    int items = 0;
    for (String file : manifest.files()) {
      byte[] bytes = files.read(file, problems).orElseThrow();
      List<Entry> fast = bind(bytes, defaults, true).orElseThrow();
      assertThat(fast).extracting(Entry::item).containsExactlyElementsOf(slow(file, bytes, defaults));
      assertThat(fast).allMatch(e -> e.noted().textClean());
      items += fast.size();
    }
    assertThat(problems.toList()).isEmpty();
    assertThat(items).isGreaterThan(150);
  }

  @Test
  void notesTextsThatBreakARuleAndAnOwnReview() {
    String marked = STEP.replace("The team checks the form.", "The <b>team</b> checks.");
    Entry clean = bind(file(STEP), Map.of(), true).orElseThrow().get(0);
    Entry dirty = bind(file(marked), Map.of(), true).orElseThrow().get(0);
    Entry unchecked = bind(file(marked), Map.of(), false).orElseThrow().get(0);

    assertThat(clean.noted().textClean()).isTrue();
    assertThat(clean.reviewGiven()).isTrue();
    assertThat(dirty.noted().textClean()).isFalse();
    assertThat(unchecked.noted().textClean()).isTrue();
  }

  @Test
  void notesTheIdsAnItemRefersToButNotItsOwn() {
    String json = "{\"steps\": [" + STEP + "], \"procedures\": []}";

    Entry step = bind(file(json), Map.of(), true).orElseThrow().get(0);

    assertThat(step.noted().referenceIds()).extracting(Id::value).containsExactly("src-a");
    assertThat(step.noted().referenceTargets()).containsExactly(Source.class);
    assertThat(bind(file(json), Map.of(), false).orElseThrow().get(0).noted().referenceIds()).isNull();
  }

  @Test
  void notesWhetherTheShapeCheckPassed() {
    String blankVariant = STEP.replace("We check your form.", " ");

    assertThat(bind(file(STEP), Map.of(), true).orElseThrow().get(0).noted().shapePassed()).isTrue();
    assertThat(bind(file(blankVariant), Map.of(), true).orElseThrow().get(0).noted().shapePassed()).isFalse();
    assertThat(bind(file(STEP), Map.of(), false).orElseThrow().get(0).noted().shapePassed()).isFalse();
  }

  @Test
  void sharesEqualReviewsWithinAFile() {
    String two = "{\"steps\": [" + STEP + ", " + STEP.replace("step-a", "step-b") + "]}";

    List<Entry> bound = bind(file(two), Map.of(), true).orElseThrow();

    assertThat(bound.get(0).item().review()).isSameAs(bound.get(1).item().review());
  }

  @Test
  void itemsWithNoIdsToNoteShareWhatWasNoted() {
    String unsourced = STEP.replace("[{\"source\": \"src-a\", \"locator\": \"p. 2\"}]", "[]");
    String two = "{\"steps\": [" + unsourced + ", " + unsourced.replace("step-a", "step-b") + "]}";

    List<Entry> checked = bind(file(two), Map.of(), true).orElseThrow();
    List<Entry> unchecked = bind(file(two), Map.of(), false).orElseThrow();

    assertThat(checked.get(0).noted().referenceIds()).isEmpty();
    assertThat(checked.get(0).noted()).isSameAs(checked.get(1).noted());
    assertThat(unchecked.get(0).noted().referencesNoted()).isFalse();
    assertThat(unchecked.get(0).noted()).isSameAs(unchecked.get(1).noted());
  }

  @Test
  void nothingNotedLetsNoStageSkipAnything() {
    assertThat(Entry.Noted.NOTHING.textClean()).isFalse();
    assertThat(Entry.Noted.NOTHING.shapePassed()).isFalse();
    assertThat(Entry.Noted.NOTHING.referencesNoted()).isFalse();
    assertThat(Entry.Noted.withoutReferences(false, false)).isSameAs(Entry.Noted.NOTHING);
    assertThatThrownBy(() -> new Entry.Noted(true, true, new Id<?>[1], null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Entry.Noted(true, true, new Id<?>[1], new Class<?>[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingReviewTakesTheDefaultAndIsNotedAsNotGiven() {
    String noReview = STEP.replace(", \"review\": {\"status\": \"sourced\", \"lastReviewed\": \"2026-11-21\"}", "");
    Review dflt = new Review(ReviewStatus.DRAFT, Optional.empty(), Optional.of(LocalDate.of(2030, 1, 1)));

    Entry bound = bind(file(noReview), Map.of(Review.class, dflt), true)
        .orElseThrow().get(0);

    assertThat(bound.reviewGiven()).isFalse();
    assertThat(bound.item().review()).isEqualTo(dflt);
    assertThat(bind(file(noReview), Map.of(), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"steps\": [STEP], \"steps\": []}",  // a kind twice
      "{\"stepz\": [STEP]}",  // an unknown kind
      "{\"steps\": {}}",  // not an array
      "{\"steps\": [STEP]} []",  // trailing content
      "{\"steps\": [STEP,]}",  // a syntax error
      "[]",  // not an object
      "",  // empty
  })
  void declinesFilesThatNeedTheReportingPath(String template) {
    assertThat(bind(file(template.replace("STEP", STEP)), Map.of(), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"phase\": \"evaluation\", \"phase\": \"evaluation\"",  // a duplicate property
      "\"phase\": \"whenever\"",  // an unknown code
      "\"phase\": null",  // null
      "\"phase\": 3",  // a number for a code
      "\"phase\": \"evaluation\", \"extra\": 1",  // an unknown property
      "\"phase\": \"evaluation\", \"sources\": []",  // a repeated list
  })
  void declinesItemsThatDoNotBind(String phase) {
    assertThat(bind(file("{\"steps\": [" + STEP.replace("\"phase\": \"evaluation\"", phase) + "]}"),
        Map.of(), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"step-A", "step--a", ""})
  void declinesBadIds(String id) {
    assertThat(bind(file("{\"steps\": [" + STEP.replace("step-a", id) + "]}"), Map.of(), true))
        .isEmpty();
  }

  @Test
  void declinesBadDatesAndEncodings() {
    String ok = "{\"steps\": [" + STEP + "]}";
    assertThat(bind(file(ok), Map.of(), true)).isPresent();
    assertThat(bind(file(ok.replace("2026-11-21", "2026-02-30")), Map.of(), true)).isEmpty();
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, file(ok));
    assertThat(bind(bom, Map.of(), true)).isEmpty();
    byte[] overlong = file(ok.replace("Check in", "Check#in"));
    overlong = replaceByte(overlong, (byte) '#', new byte[] {(byte) 0xC0, (byte) 0xA0});
    assertThat(bind(overlong, Map.of(), true)).isEmpty();
  }

  private static List<Item> slow(String file, byte[] bytes, Map<Class<?>, Object> defaults) {
    Problems problems = new Problems();
    Node.Obj root = (Node.Obj) JsonReader.read(file, bytes, problems).orElseThrow();
    Binder binder = new Binder(problems, file, defaults);
    List<Item> items = new ArrayList<>();
    for (Node.Member kind : root.members()) {
      Class<? extends Item> type = Kind.ofProperty(kind.name()).orElseThrow().type();
      for (Node element : ((Node.Arr) kind.value()).elements()) {
        items.add(binder.bind(element, type, "").orElseThrow());
      }
    }
    assertThat(problems.toList()).isEmpty();
    return items;
  }

  private static java.util.Optional<PagedList<Entry>> bind(byte[] bytes, Map<Class<?>, Object> defaults,
                                                                       boolean validate) {
    return StreamBinder.bind(bytes, defaults, validate, "content.json", 0);
  }

  private static byte[] file(String json) {
    String wrapped = json.startsWith("{\"steps\"") || !json.startsWith("{\"id\"") ? json : "{\"steps\": [" + json + "]}";
    return wrapped.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] replaceByte(byte[] in, byte target, byte[] with) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte b : in) {
      if (b == target) {
        out.writeBytes(with);
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }
}
