package dev.epidural.cli.diff;

import dev.epidural.cli.Json;
import dev.epidural.content.internal.bind.BundleWriter;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Text;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** Writes model values as the bundle format spells them: codes, ids, texts, dates, records. */
public final class ModelJson {

  private ModelJson() {}

  /**
   * Writes one model value. Inside a record, an empty {@code Optional} or collection is left out,
   * as in bundle files; at the top an empty {@code Optional} is {@code null}.
   *
   * @param g the generator
   * @param value a model value: record, collection, Optional, Id, code, text, string, date, number
   */
  public static void write(JsonGenerator g, Object value) {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        write(g, o.get());
      } else {
        g.writeNull();
      }
    } else if (value instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object element : c) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Id<?> id) {
      g.writeString(id.value());
    } else if (value instanceof Coded coded) {
      g.writeString(coded.code());
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Text t && t.patient().isEmpty() && t.clinician().isEmpty()) {
      g.writeString(t.text());
    } else if (value instanceof Record r) {
      // The bundle format's own writer, so the diff shows a record as a bundle file spells it.
      BundleWriter.record(g, r);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  /**
   * A value as JSON on one line.
   *
   * @param value a model value
   * @return its JSON
   */
  public static String compact(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.compactGenerator(out)) {
      write(g, value);
    }
    return out.toString();
  }
}
