package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.bind.BundleWriter;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.content.internal.snapshot.Snapshot;
import dev.epidural.model.Audience;
import dev.epidural.model.Citation;
import dev.epidural.model.Contraindication;
import dev.epidural.model.DeliveryMode;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationClass;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.QuantityRange;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import dev.epidural.model.Text;
import dev.epidural.model.WorkflowPhase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the loader: what it writes reads back unchanged, and no input bytes make it throw
 * anything but its one documented exception.
 */
class BundleProperties {

  private static final Id<Source> SOURCE = Id.of("src-a");
  private static final List<Citation> CITES = List.of(new Citation(SOURCE, "section 1"));
  private static final Review REVIEW = new Review(ReviewStatus.SOURCED, Optional.of(LocalDate.of(2026, 11, 21)),
      Optional.of(LocalDate.of(2099, 1, 1)));

  // ------------------------------------------------------------------ write, then read

  @Property(tries = 60)
  void generatedValidBundlesSurviveWriteThenReadUnchanged(@ForAll("bundles") List<Item> items) throws IOException {
    Path dir = Files.createTempDirectory("roundtrip");
    try {
      write(dir, items);

      EpiduralContent content = EpiduralContent.loader().from(dir).clock(Fixtures.TODAY).strict(true).load();

      assertThat(content.items()).containsExactlyInAnyOrderElementsOf(items);
    } finally {
      delete(dir);
    }
  }

  /** The snapshot's generated readers give back exactly what its writer wrote, item by item. */
  @Property(tries = 100)
  void generatedBundlesSurviveASnapshotUnchanged(@ForAll("bundles") List<Item> items) {
    Map<String, Snapshot.Place> places = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      places.put(items.get(i).id().value(), new Snapshot.Place("content.json", i, i % 2 == 0));
    }
    BundleInfo info = new BundleInfo("generated", "1", "Generated", Locale.ENGLISH, "Tests", "CC0-1.0",
        List.of(new Source(SOURCE, "Source A", "Publisher", Optional.of("https://example.org/a"), Optional.empty(),
            Optional.of(LocalDate.of(2025, 1, 2)))), List.of("content.json"));
    byte[] bytes = Snapshot.write(Map.of("bundle.json", "00000000-1"), info, Optional.of(REVIEW),
        new Catalogue(items), places);

    Snapshot.Result read = Snapshot.read(bytes);

    assertThat(read.reason()).isEmpty();
    Snapshot.Content content = read.content().orElseThrow();
    assertThat(content.items()).containsExactlyInAnyOrderElementsOf(items);
    assertThat(content.info()).isEqualTo(info);
    assertThat(content.defaultReview()).contains(REVIEW);
  }

  static void write(Path dir, List<Item> items) throws IOException {
    Manifest manifest = new Manifest(1, Id.of("generated"), "1", "Generated", "en", "Tests", "CC0-1.0",
        Optional.empty(), List.of(new Source(SOURCE, "Source A", "Publisher", Optional.empty(), Optional.empty(),
        Optional.empty())), List.of("content.json"), List.of(), List.of(), List.of());
    Files.write(dir.resolve("bundle.json"), BundleWriter.manifest(manifest));
    Files.write(dir.resolve("content.json"), BundleWriter.contentFile(items));
  }

  /** Plain text as the format allows: no markup, controls, invisible characters or outer blanks. */
  static Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("éñüßøçÅ0123456789.,;!?()'\"-")
        .ofMinLength(1).ofMaxLength(12);
    return word.list().ofMinSize(1).ofMaxSize(12).map(ws -> String.join(" ", ws))
        .map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC));
  }

  static Arbitrary<Text> textValues() {
    // A valid bundle's patient texts read at the default grade or below (EPI-TEXT-009 is an error
    // in strict mode); ten random words can score above it.
    Arbitrary<Optional<String>> patient = texts()
        .filter(t -> Readability.score(t).orElse(0) <= Readability.DEFAULT_MAX_GRADE).optional();
    Arbitrary<Optional<String>> clinician = texts().optional();
    return Combinators.combine(texts(), patient, clinician).as(Text::new);
  }

  @Provide
  Arbitrary<List<Item>> bundles() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(1, 4);
    return Combinators.combine(counts, counts, counts, textValues().list().ofSize(30), Arbitraries.longs())
        .as((steps, meds, faqs, texts, seed) -> items(steps, meds, faqs, texts, new java.util.Random(seed)));
  }

  private static List<Item> items(int steps, int meds, int faqs, List<Text> texts, java.util.Random r) {
    List<Item> items = new ArrayList<>();
    int t = 0;
    List<Id<ProcedureStep>> stepIds = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      Id<ProcedureStep> id = Id.of("step-" + i);
      stepIds.add(id);
      items.add(new ProcedureStep(id, WorkflowPhase.values()[r.nextInt(WorkflowPhase.values().length)],
          texts.get(t++ % texts.size()), texts.get(t++ % texts.size()), CITES, REVIEW));
    }
    List<MedicationUse> uses = new ArrayList<>();
    for (int i = 0; i < meds; i++) {
      Id<Medication> id = Id.of("med-" + i);
      MedicationClass cls = MedicationClass.values()[r.nextInt(MedicationClass.values().length)];
      items.add(new Medication(id, cls, texts.get(t++ % texts.size()), texts.get(t++ % texts.size()),
          r.nextBoolean() ? Optional.of(texts.get(t++ % texts.size())) : Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(), CITES, REVIEW));
      uses.add(new MedicationUse(id, r.nextBoolean() ? Optional.of(new QuantityRange(20, 25.5, "mL")) : Optional.empty(),
          Optional.empty()));
    }
    items.add(new Contraindication(Id.of("ci-0"), texts.get(t++ % texts.size()), Optional.empty(),
        Set.of("local-infection", "anticoagulant-use"), CITES, REVIEW));
    for (int i = 0; i < faqs; i++) {
      items.add(new FaqEntry(Id.of("faq-" + i), texts.get(t++ % texts.size()), texts.get(t++ % texts.size()),
          CITES, REVIEW));
    }
    // A procedure with no approach needs no approach facts; the intent avoids the blood-patch rule.
    Set<SpinalRegion> regions = EnumSet.noneOf(SpinalRegion.class);
    regions.add(SpinalRegion.values()[r.nextInt(4)]);
    items.add(new Procedure(Id.of("procedure-0"), texts.get(t++ % texts.size()), texts.get(t % texts.size()),
        Intent.DIAGNOSTIC, regions, Set.of(), EnumSet.of(ImagingGuidance.FLUOROSCOPY),
        EnumSet.of(DeliveryMode.SINGLE_INJECTION), uses, stepIds, List.of(), List.of(), List.of(Id.of("ci-0")),
        List.of(), List.of(), List.of(), CITES, REVIEW));
    return items;
  }

  // ------------------------------------------------------------------ only the documented exception

  @Property(tries = 300)
  void anyMutationOfAValidBundleGivesAReportNeverAnotherException(
      @ForAll("mutations") Mutation mutation, @ForAll @IntRange(min = 0, max = 100_000) int where) throws IOException {
    Path dir = Files.createTempDirectory("mutated");
    try {
      Fixtures.copyInto(Fixtures.base(), dir);
      Path file = dir.resolve(where % 2 == 0 ? "procedures.json" : "vocabulary.json");
      // getBytes, not writeString: a mutation may leave a lone surrogate, which is written as '?'.
      Files.write(file, mutation.apply(Files.readString(file), where).getBytes(StandardCharsets.UTF_8));

      ValidationReport report = Fixtures.loader(dir).validate();
      assertThat(report).isNotNull();
      try {
        Fixtures.loader(dir).load();
      } catch (BundleValidationException e) {
        assertThat(e.report().isValid()).isFalse();
      }
    } finally {
      delete(dir);
    }
  }

  // ------------------------------------------------------------------ zips

  /** The base bundle zipped by the JDK, once. */
  private static final byte[] BASE_ZIP = baseZip();

  private static byte[] baseZip() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
         java.util.stream.Stream<Path> files = Files.list(Fixtures.base())) {
      for (Path f : files.sorted().toList()) {
        java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(f.getFileName().toString());
        if (f.getFileName().toString().startsWith("v")) {
          // One stored entry, so that mutations also hit headers without data descriptors.
          byte[] data = Files.readAllBytes(f);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(data);
          entry.setMethod(java.util.zip.ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A change to a zip's bytes, at a position and with a value chosen by the property. */
  interface ZipMutation {
    byte[] apply(byte[] zip, int where, int value);
  }

  @Provide
  Arbitrary<ZipMutation> zipMutations() {
    return Arbitraries.of(
        zipNamed("flip a bit", (z, w, v) -> {
          byte[] c = z.clone();
          c[w % c.length] ^= (byte) (1 << (v & 7));
          return c;
        }),
        zipNamed("overwrite four bytes", (z, w, v) -> {
          byte[] c = z.clone();
          for (int i = 0; i < 4; i++) {
            c[(w + i) % c.length] = (byte) (v >>> (8 * i));
          }
          return c;
        }),
        zipNamed("truncate", (z, w, v) -> java.util.Arrays.copyOf(z, w % z.length)),
        zipNamed("insert bytes", (z, w, v) -> {
          int at = w % z.length;
          byte[] c = new byte[z.length + 1 + (v & 15)];
          System.arraycopy(z, 0, c, 0, at);
          System.arraycopy(z, at, c, c.length - (z.length - at), z.length - at);
          return c;
        }),
        zipNamed("delete bytes", (z, w, v) -> {
          int at = w % z.length;
          int n = Math.min(1 + (v & 31), z.length - at);
          byte[] c = new byte[z.length - n];
          System.arraycopy(z, 0, c, 0, at);
          System.arraycopy(z, at + n, c, at, z.length - at - n);
          return c;
        }),
        zipNamed("copy a range over another", (z, w, v) -> {
          byte[] c = z.clone();
          int from = w % c.length;
          int to = Math.floorMod(v, c.length);
          int n = Math.min(64, Math.min(c.length - from, c.length - to));
          System.arraycopy(z, from, c, to, n);
          return c;
        }),
        zipNamed("prepend a copy of the zip", (z, w, v) -> {
          byte[] c = new byte[z.length * 2];
          System.arraycopy(z, 0, c, 0, z.length);
          System.arraycopy(z, 0, c, z.length, z.length);
          return c;
        }),
        zipNamed("append junk", (z, w, v) -> java.util.Arrays.copyOf(z, z.length + 1 + (w & 63))));
  }

  private static ZipMutation zipNamed(String name, ZipMutation m) {
    return new ZipMutation() {
      @Override
      public byte[] apply(byte[] zip, int where, int value) {
        return m.apply(zip, where, value);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** Whether the mutated zip validates and loads alike: load throws only the documented exception. */
  private static void validateAndLoadAgree(Path zip) {
    ValidationReport report = Fixtures.loader(zip).validate();
    try {
      Fixtures.loader(zip).load();
      assertThat(report.isValid()).as(report.toString()).isTrue();
    } catch (BundleValidationException e) {
      assertThat(report.isValid()).as("validate() agrees with load()").isFalse();
      assertThat(e.report().problems()).isEqualTo(report.problems());
    }
  }

  @Property(tries = 300)
  void anyMutationOfAZipGivesAReportNeverAnotherException(@ForAll("zipMutations") ZipMutation mutation,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll int value) throws IOException {
    Path zip = Files.createTempFile("mutated", ".zip");
    try {
      Files.write(zip, mutation.apply(BASE_ZIP, where, value));
      validateAndLoadAgree(zip);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  @Property(tries = 100)
  void anyBytesAsAZipGiveAReport(@ForAll byte[] bytes) throws IOException {
    Path zip = Files.createTempFile("random", ".zip");
    try {
      // Half of the tries start like a zip, so that more of them get past the first check.
      byte[] data = bytes.length % 2 == 0 ? bytes : concat(new byte[] {'P', 'K', 3, 4}, bytes);
      Files.write(zip, data);
      validateAndLoadAgree(zip);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  @Property(tries = 1)
  void theUnmutatedZipLoads() throws IOException {
    Path zip = Files.createTempFile("base", ".zip");
    try {
      Files.write(zip, BASE_ZIP);
      assertThat(Fixtures.loader(zip).load().items()).isNotEmpty();
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** A change to a bundle file's text, at a position chosen by the property. */
  interface Mutation {
    String apply(String text, int where);
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(
        named("delete a key", (s, w) -> s.replaceFirst("\"(name|intent|regions|sources|id|phase)\"\\s*:\\s*(\"[^\"]*\"|\\[[^\\]]*\\])\\s*,?", "")),
        named("swap a string for a number", (s, w) -> replaceNth(s, "\"[a-z-]+\"(?=\\s*[,}\\]])", w, "42")),
        named("swap a string for an object", (s, w) -> replaceNth(s, "\"[a-z-]+\"(?=\\s*[,}\\]])", w, "{\"x\": []}")),
        named("swap an array for null", (s, w) -> replaceNth(s, "\\[[^\\[\\]]*\\]", w, "null")),
        named("duplicate an id", (s, w) -> s.replaceFirst("\"id\": \"step-placement\"", "\"id\": \"step-evaluation\"")),
        named("inject a control character", (s, w) -> insert(s, w, "\u0001")),
        named("inject an escaped bidi control", (s, w) -> replaceNth(s, "\"[A-Z][a-z]+", w, "\"\\\\u202e$0")),
        named("inject markup", (s, w) -> replaceNth(s, "\"[A-Z][a-z]+", w, "\"<script>x</script>")),
        named("truncate", (s, w) -> s.substring(0, w % Math.max(1, s.length()))),
        named("drop a character", (s, w) -> s.isEmpty() ? s : s.substring(0, w % s.length()) + s.substring(w % s.length() + 1)),
        named("insert a random character", (s, w) -> insert(s, w, String.valueOf((char) (w % 0xFFFF)))),
        named("deep nesting", (s, w) -> insert(s, w, "[".repeat(40 + w % 200))),
        named("huge number", (s, w) -> replaceNth(s, "\\d+", w, "9".repeat(40))),
        named("lone surrogate escape", (s, w) -> replaceNth(s, "\"[A-Z][a-z]+", w, "\"\\\\udc00$0")),
        named("empty file", (s, w) -> ""));
  }

  private static Mutation named(String name, Mutation m) {
    return new Mutation() {
      @Override
      public String apply(String text, int where) {
        return m.apply(text, where);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static String replaceNth(String s, String regex, int n, String replacement) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(s);
    List<int[]> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(new int[] {m.start(), m.end()});
    }
    if (hits.isEmpty()) {
      return s;
    }
    int[] h = hits.get(n % hits.size());
    String found = s.substring(h[0], h[1]);
    return s.substring(0, h[0]) + replacement.replace("$0", found.substring(1)) + s.substring(h[1]);
  }

  private static String insert(String s, int where, String what) {
    int at = s.isEmpty() ? 0 : where % s.length();
    return s.substring(0, at) + what + s.substring(at);
  }

  static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 100)
  void anyBytesAsAContentFileGiveAReport(@ForAll byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("bytes");
    try {
      Fixtures.copyInto(Fixtures.base(), dir);
      Files.write(dir.resolve("procedures.json"), bytes);

      ValidationReport report = Fixtures.loader(dir).validate();

      assertThat(report.isValid()).isFalse();
      assertThat(report.problems()).allSatisfy(p -> assertThat(p.file()).isNotBlank());
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 30)
  void textVariantsRoundTripForEveryAudience(@ForAll("texts2") Text text) {
    for (Audience a : Audience.values()) {
      assertThat(text.forAudience(a)).isNotBlank();
    }
  }

  @Provide
  Arbitrary<Text> texts2() {
    return textValues();
  }
}
