package dev.epidural.content.internal;

import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
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
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Coded c) {
      g.writeString(c.code());
    } else if (v instanceof Id<?> id) {
      g.writeString(id.value());
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Text t && t.patient().isEmpty() && t.clinician().isEmpty()) {
      g.writeString(t.text());
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      c.forEach(x -> value(g, x));
      g.writeEndArray();
    } else if (v instanceof Record r) {
      g.writeStartObject();
      for (RecordComponent rc : Binder.shape(r.getClass()).components()) {
        Object x;
        try {
          x = rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (x instanceof Optional<?> o) {
          if (o.isEmpty()) {
            continue;
          }
          x = o.get();
        }
        if (x instanceof Collection<?> c && c.isEmpty()) {
          continue;
        }
        g.writeName(rc.getName());
        value(g, x);
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass());
    }
  }
}
