package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.model.Audience;
import dev.epidural.model.Citation;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The built-in bundle is ready to be shown to patients: every text of every item has a patient
 * variant, every English patient text reads at grade 8 or below, the {@code en} locale uses
 * American spelling, and the record of the accuracy pass ({@code accuracy/*.tsv}) covers every text
 * of every item with one of the item's citations and an allowed verdict. Each test collects every
 * failure before it asserts, so one run lists them all.
 */
class PatientReadyContentTest {

  /** The verdicts an accuracy row may give. */
  static final Set<String> VERDICTS = Set.of("supported", "hedge-restored", "unsupported-removed", "scope-fixed",
      "meta-text-removed", "reworded");

  static final List<String> HEADER = List.of("item", "field", "source", "locator", "verdict", "note");

  /** British spellings the {@code en} locale does not use; the same list the content is checked with. */
  static final Pattern BRITISH = Pattern.compile("\\b(anaesthe\\w*|haemat\\w*|haemorrh\\w*|oedema|labour\\w*|colour\\w*"
      + "|behaviour\\w*|centre\\w*|paediatr\\w*|oesophag\\w*|organis\\w*|recognis\\w*|minimis\\w*|optimis\\w*"
      + "|speciali[sz]\\w*|realis\\w*|programme\\w*|litre\\w*|fibre\\w*|favour\\w*|tumour\\w*|travell\\w*"
      + "|orthopaed\\w*|immobilis\\w*|sterilis\\w*|localis\\w*|visualis\\w*|utilis\\w*|categoris\\w*|mould\\w*|grey"
      + "|breast-feeding|mum)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static EpiduralContent content;

  @BeforeAll
  static void load() {
    // Lenient and without the grade limit: these tests say what is missing; strictness is BuiltInBundleTest's.
    content = EpiduralContent.loader().fromBuiltIn().readabilityGrade(Loader.NO_READABILITY_LIMIT).load();
  }

  private static String kind(Item item) {
    return item.getClass().getSimpleName();
  }

  @Test
  void everyTextOfEveryItemHasAPatientVariant() {
    List<String> missing = new ArrayList<>();
    Map<String, int[]> byKind = new TreeMap<>();
    for (Item item : content.items()) {
      for (Map.Entry<String, Text> field : TextFields.of(item).entrySet()) {
        int[] counts = byKind.computeIfAbsent(kind(item), k -> new int[2]);
        counts[1]++;
        if (field.getValue().hasVariant(Audience.PATIENT)) {
          counts[0]++;
        } else {
          missing.add(item.id() + "/" + field.getKey());
        }
      }
    }
    String table = byKind.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%-22s %4d of %4d texts have a patient variant", e.getKey(),
            e.getValue()[0], e.getValue()[1]))
        .collect(Collectors.joining("\n"));

    assertThat(missing)
        .as("%d texts have no patient variant:%n%s%nfirst ones: %s", missing.size(), table,
            missing.subList(0, Math.min(30, missing.size())))
        .isEmpty();
  }

  @Test
  void everyEnglishPatientTextReadsAtGradeEightOrBelow() {
    assertThat(content.bundle().locale().getLanguage()).isEqualTo("en");
    List<String> hard = new ArrayList<>();
    List<Double> grades = new ArrayList<>();
    for (Item item : content.items()) {
      for (Map.Entry<String, Text> field : TextFields.of(item).entrySet()) {
        if (!field.getValue().hasVariant(Audience.PATIENT)) {
          continue;
        }
        var grade = Readability.score(field.getValue().forAudience(Audience.PATIENT));
        if (grade.isPresent()) {
          grades.add(grade.getAsDouble());
          if (grade.getAsDouble() > Loader.DEFAULT_READABILITY_GRADE) {
            hard.add(String.format(Locale.ROOT, "%.1f %s/%s", grade.getAsDouble(), item.id(), field.getKey()));
          }
        }
      }
    }
    grades.sort(Comparator.naturalOrder());
    String median = grades.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", grades.get(grades.size() / 2));

    assertThat(hard).as("%d of %d scored patient texts read above grade 8 (median %s): %s", hard.size(),
        grades.size(), median, hard).isEmpty();
  }

  @Test
  void theEnglishTextUsesAmericanSpelling() {
    List<String> british = new ArrayList<>();
    for (Item item : content.items()) {
      for (Map.Entry<String, Text> field : TextFields.of(item).entrySet()) {
        Text text = field.getValue();
        List<String> variants = new ArrayList<>(List.of(text.text()));
        text.patient().ifPresent(variants::add);
        text.clinician().ifPresent(variants::add);
        for (String variant : variants) {
          Matcher m = BRITISH.matcher(variant);
          while (m.find()) {
            british.add(item.id() + "/" + field.getKey() + ": '" + m.group() + "'");
          }
        }
      }
    }

    assertThat(british).as("British spellings in the en locale (it uses American spelling)").isEmpty();
  }

  /** One row of an accuracy record. */
  record Row(String file, int line, String item, String field, String source, String locator, String verdict) {}

  @Test
  void theAccuracyRecordCoversEveryTextOfEveryItem() throws IOException {
    List<String> wrong = new ArrayList<>();
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    List<String> contentFiles = builtInContentFiles();
    Path folder = accuracyFolder();
    for (String file : contentFiles) {
      Path record = folder == null ? null : folder.resolve(file.replaceFirst("\\.json$", ".tsv"));
      if (record == null || !Files.isRegularFile(record)) {
        wrong.add("missing accuracy record accuracy/" + file.replaceFirst("\\.json$", ".tsv") + " for " + file);
        continue;
      }
      readRows(record, wrong).forEach(r -> rows.computeIfAbsent(r.item() + " " + r.field(), k -> new ArrayList<>()).add(r));
    }

    Map<String, Map<String, Integer>> verdictsByKind = new TreeMap<>();
    for (Item item : content.items()) {
      Set<String> cites = item.sources().stream().map(PatientReadyContentTest::cite).collect(Collectors.toSet());
      for (String field : TextFields.of(item).keySet()) {
        List<Row> found = rows.remove(item.id() + " " + field);
        if (found == null) {
          wrong.add("no accuracy row for " + kind(item) + " " + item.id() + " field " + field);
          continue;
        }
        for (Row r : found) {
          if (!cites.contains(r.source() + "\u0000" + r.locator())) {
            wrong.add(r.file() + ":" + r.line() + ": " + item.id() + " does not cite " + r.source() + " / " + r.locator()
                + "; it cites " + item.sources().stream().map(c -> c.source() + " / " + c.locator()).toList());
          }
          if (!VERDICTS.contains(r.verdict())) {
            wrong.add(r.file() + ":" + r.line() + ": verdict '" + r.verdict() + "' is not one of " + VERDICTS);
          }
          verdictsByKind.computeIfAbsent(kind(item), k -> new TreeMap<>()).merge(r.verdict(), 1, Integer::sum);
        }
      }
    }
    rows.values().forEach(list -> list.forEach(r -> wrong.add(r.file() + ":" + r.line() + ": no item '" + r.item()
        + "' with a text at '" + r.field() + "' in the built-in bundle")));
    String summary = verdictsByKind.entrySet().stream().map(e -> String.format(Locale.ROOT, "%-22s %s", e.getKey(),
        e.getValue())).collect(Collectors.joining("\n"));

    assertThat(wrong).as("accuracy record problems (%d); rows by item kind and verdict:%n%s%nproblems: %s",
        wrong.size(), summary, wrong.subList(0, Math.min(40, wrong.size()))).isEmpty();
  }

  private static String cite(Citation c) {
    return c.source().value() + "\u0000" + c.locator();
  }

  private static List<Row> readRows(Path record, List<String> wrong) throws IOException {
    String name = "accuracy/" + record.getFileName();
    List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(HEADER)) {
      wrong.add(name + ":1: the header must be exactly " + String.join("\\t", HEADER));
      return rows;
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length != HEADER.size()) {
        wrong.add(name + ":" + (i + 1) + ": want " + HEADER.size() + " columns, got " + cols.length);
        continue;
      }
      rows.add(new Row(name, i + 1, cols[0], cols[1], cols[2], cols[3], cols[4]));
    }
    return rows;
  }

  /** The test resources' {@code accuracy} folder, or null when there is none yet. */
  private static Path accuracyFolder() {
    URL url = PatientReadyContentTest.class.getResource("/accuracy");
    try {
      return url == null ? null : Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The content files the built-in manifest lists, read from its {@code files} array. */
  private static List<String> builtInContentFiles() throws IOException {
    List<String> files = new ArrayList<>();
    try (InputStream in = EpiduralContent.class.getModule()
        .getResourceAsStream(EpiduralContent.BUILT_IN_LOCATION + "/bundle.json");
         JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
      int depth = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && depth == 1 && parser.currentName().equals("files")) {
          parser.nextToken();
          while (parser.nextToken() == JsonToken.VALUE_STRING) {
            files.add(parser.getString());
          }
        }
      }
    }
    assertThat(files).as("content files of the built-in manifest").isNotEmpty();
    return files;
  }
}
