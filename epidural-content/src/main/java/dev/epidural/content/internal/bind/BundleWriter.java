package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes model records in the bundle format: the inverse of {@link Binder}. Absent optionals and
 * empty collections are left out, a text without variants is written as a plain string, codes as
 * their code strings, so what it writes reads back to equal records.
 */
public final class BundleWriter {

  private BundleWriter() {}

  /** A content file holding {@code items}, grouped by kind in kind order, pretty-printed UTF-8. */
  public static byte[] contentFile(List<? extends Item> items) {
    Map<Kind, List<Item>> byKind = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      for (Item item : items) {
        if (Kind.of(item.getClass()) == k) {
          byKind.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(item);
        }
      }
    }
    return write(g -> {
      g.writeStartObject();
      byKind.forEach((kind, list) -> {
        g.writeName(kind.property());
        g.writeStartArray();
        list.forEach(item -> value(g, item));
        g.writeEndArray();
      });
      g.writeEndObject();
    });
  }

  /** A manifest. */
  public static byte[] manifest(Manifest manifest) {
    return write(g -> value(g, manifest));
  }

  private static byte[] write(java.util.function.Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonReader.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(g);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void value(JsonGenerator g, Object v) {
    value(g, v, ValueType.of(v.getClass()));
  }

  /** Writes {@code v} as the bundle format writes a value of {@code type}. */
  static void value(JsonGenerator g, Object v, ValueType type) {
    switch (type.form()) {
      case STRING -> {
        g.writeString((String) v);
        return;
      }
      case CODE -> {
        g.writeString(((Coded) v).code());
        return;
      }
      case ID -> {
        g.writeString(((Id<?>) v).value());
        return;
      }
      case DATE -> {
        g.writeString(v.toString());
        return;
      }
      case INTEGER -> {
        g.writeNumber((Integer) v);
        return;
      }
      case NUMBER -> {
        g.writeNumber((Double) v);
        return;
      }
      case BOOLEAN -> {
        g.writeBoolean((Boolean) v);
        return;
      }
      case OPTIONAL -> {
        // Written only when present: see record().
        value(g, ((Optional<?>) v).orElseThrow(), type.element());
        return;
      }
      case LIST, SET -> {
        g.writeStartArray();
        for (Object x : (Collection<?>) v) {
          value(g, x, type.element());
        }
        g.writeEndArray();
        return;
      }
      case TEXT -> {
        Text t = (Text) v;
        if (t.patient().isEmpty() && t.clinician().isEmpty()) {
          g.writeString(t.text());
        } else {
          record(g, v, type.record());
        }
        return;
      }
      case RECORD -> {
        record(g, v, type.record());
        return;
      }
    }
    throw new AssertionError(type.form());
  }

  /**
   * Writes one model record as a bundle file spells it (the CLI's diff shows values so). Absent
   * optionals and empty collections are left out, which read back as the same values.
   */
  public static void record(JsonGenerator g, Record r) {
    value(g, r, ValueType.of(r.getClass()));
  }

  private static void record(JsonGenerator g, Object r, RecordType type) {
    g.writeStartObject();
    for (Component c : type.components()) {
      Object x = c.get(r);
      if ((x instanceof Optional<?> o && o.isEmpty()) || (x instanceof Collection<?> col && col.isEmpty())) {
        continue;
      }
      g.writeName(c.name());
      value(g, x, c.type());
    }
    g.writeEndObject();
  }
}
