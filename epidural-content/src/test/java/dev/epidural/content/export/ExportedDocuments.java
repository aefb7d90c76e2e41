package dev.epidural.content.export;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every JSON-LD document the exporter makes of the built-in bundle and of the test fixtures, for
 * both audiences: the index page, the FAQ page, and for each procedure its page and its bare node.
 */
final class ExportedDocuments {

  /** A fixed "now", so that the fixtures' review dates never turn overdue. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-15T10:00:00Z"), ZoneOffset.UTC);

  /** One exported document, named after its content, audience and method. */
  record Document(String name, String json) {
    @Override
    public String toString() {
      return name;
    }
  }

  private ExportedDocuments() {}

  /** The contents exported: the built-in bundle, the export fixture, hostile records and two test bundles. */
  static Map<String, ExportContent> contents() {
    Map<String, ExportContent> contents = new LinkedHashMap<>();
    contents.put("built-in", ExportContent.from(EpiduralContent.builtIn()));
    contents.put("export-fixture", Fixtures.fixture());
    contents.put("hostile", Fixtures.hostile());
    ClassLoader loader = ExportedDocuments.class.getClassLoader();
    contents.put("valid-base", ExportContent.from(EpiduralContent.loader().fromClasspath(loader, "valid/base")
        .clock(CLOCK).load()));
    contents.put("l10n-clinic", ExportContent.from(EpiduralContent.loader().fromClasspath(loader, "l10n/clinic")
        .clock(CLOCK).load()));
    return contents;
  }

  /** Every document of every content, both audiences. */
  static List<Document> all() {
    List<Document> documents = new ArrayList<>();
    contents().forEach((name, content) -> documents.addAll(of(name, content)));
    return documents;
  }

  /** Every document of the built-in bundle, both audiences. */
  static List<Document> builtIn() {
    return of("built-in", ExportContent.from(EpiduralContent.builtIn()));
  }

  private static List<Document> of(String name, ExportContent content) {
    List<Document> documents = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      String prefix = name + " " + audience.code() + " ";
      JsonLdExporter ld = JsonLdExporter.of(content, ExportOptions.of(audience));
      List<Procedure> procedures = content.all(Procedure.class);
      documents.add(new Document(prefix + "indexPage", ld.indexPage(procedures).json()));
      documents.add(new Document(prefix + "faqPage", ld.faqPage().json()));
      for (Procedure procedure : procedures) {
        String id = procedure.id().value();
        documents.add(new Document(prefix + "procedurePage(" + id + ")", ld.procedurePage(procedure).json()));
        documents.add(new Document(prefix + "procedure(" + id + ")", ld.procedure(procedure).json()));
      }
    }
    return documents;
  }
}
