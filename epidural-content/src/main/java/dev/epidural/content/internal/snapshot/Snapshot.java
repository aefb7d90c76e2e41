package dev.epidural.content.internal.snapshot;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A validated catalogue in a compact binary form: the built-in bundle's pre-validated form, written
 * by its build-time test from a strict, full validation, and read by {@code builtIn()} instead of
 * parsing the JSON again. It records the checksums of the JSON files it was made from; it is used
 * only when those are the shipped files' checksums, so it can never stand for other content.
 *
 * <p>Layout: magic, CRC-32 and length of the body, then the body: checksums, bundle description,
 * and every item. Records are written component by component from the same
 * metadata the {@link Binder} uses, so the form follows the model with no per-type code. Any
 * damage (bad magic, CRC, length, or a value that does not construct) reads as absent.
 */
public final class Snapshot {

  private static final int MAGIC = 0x45504932; // "EPI2"

  /** What a snapshot holds. */
  public record Content(Map<String, String> checksums, BundleInfo info, Catalogue catalogue) {}

  private Snapshot() {}

  /** The snapshot of a validated catalogue made from files with these checksums. */
  public static byte[] write(Map<String, String> checksums, BundleInfo info, Catalogue catalogue) {
    if (catalogue.hasApprovals()) {
      // A snapshot holds items only; an approval read back without its sign-off could not be shown or re-checked.
      throw new IllegalArgumentException("a snapshot cannot hold a catalogue with sign-offs; load such a bundle "
          + "from its files");
    }
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(checksums.size());
      for (Map.Entry<String, String> e : checksums.entrySet()) {
        string(out, e.getKey());
        string(out, e.getValue());
      }
      string(out, info.id());
      string(out, info.version());
      string(out, info.title());
      string(out, info.locale().toLanguageTag());
      string(out, info.publisher());
      string(out, info.license());
      out.writeInt(info.sources().size());
      for (Source s : info.sources()) {
        value(out, s, Source.class);
      }
      out.writeInt(catalogue.items().size());
      for (Item item : catalogue.items()) {
        Kind kind = Kind.of(item.getClass());
        // The snapshot ships in the same jar as the code that reads it (written by the build), so an
        // ordinal is a safe compact tag: no other version of Kind ever reads it.
        @SuppressWarnings("EnumOrdinal")
        int tag = kind.ordinal();
        out.writeInt(tag);
        value(out, item, kind.type());
      }
      out.flush();
      byte[] bytes = body.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length);
      ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.length + 16);
      DataOutputStream head = new DataOutputStream(all);
      head.writeInt(MAGIC);
      head.writeLong(crc.getValue());
      head.writeInt(bytes.length);
      head.write(bytes);
      head.flush();
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content of a snapshot, or empty if it is damaged in any way. */
  public static Optional<Content> read(byte[] snapshot) {
    try {
      DataInputStream head = new DataInputStream(new ByteArrayInputStream(snapshot));
      if (head.readInt() != MAGIC) {
        return Optional.empty();
      }
      long expected = head.readLong();
      int length = head.readInt();
      if (length != snapshot.length - 16) {
        return Optional.empty();
      }
      CRC32 crc = new CRC32();
      crc.update(snapshot, 16, length);
      if (crc.getValue() != expected) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot, 16, length));
      Map<String, String> checksums = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        checksums.put(string(in), string(in));
      }
      String id = string(in);
      String version = string(in);
      String title = string(in);
      Locale locale = Locale.forLanguageTag(string(in));
      String publisher = string(in);
      String license = string(in);
      List<Source> sources = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        sources.add((Source) value(in, Source.class));
      }
      int count = in.readInt();
      List<Item> items = new ArrayList<>(count);
      Kind[] kinds = Kind.values();
      for (int i = 0; i < count; i++) {
        Kind kind = kinds[in.readInt()];
        Item item = (Item) value(in, kind.type());
        items.add(item);
      }
      BundleInfo info = new BundleInfo(id, version, title, locale, publisher, license, sources);
      return Optional.of(new Content(checksums, info, new Catalogue(items)));
    } catch (IOException | RuntimeException | ReflectiveOperationException e) {
      // Damaged beyond what the CRC caught, or written by another model: not usable.
      return Optional.empty();
    }
  }

  private static void value(DataOutputStream out, Object v, Type type) throws IOException {
    value(out, v, ValueType.of(type));
  }

  private static void value(DataOutputStream out, Object v, ValueType type) throws IOException {
    switch (type.form()) {
      case OPTIONAL: {
        Optional<?> o = (Optional<?>) v;
        out.writeBoolean(o.isPresent());
        if (o.isPresent()) {
          value(out, o.get(), type.element());
        }
        return;
      }
      case LIST, SET: {
        Collection<?> c = (Collection<?>) v;
        out.writeInt(c.size());
        for (Object x : c) {
          value(out, x, type.element());
        }
        return;
      }
      case ID:
        string(out, ((Id<?>) v).value());
        return;
      case STRING:
        string(out, (String) v);
        return;
      case INTEGER:
        out.writeInt((Integer) v);
        return;
      case NUMBER:
        out.writeDouble((Double) v);
        return;
      case BOOLEAN:
        out.writeBoolean((Boolean) v);
        return;
      case DATE:
        out.writeLong(((LocalDate) v).toEpochDay());
        return;
      case CODE:
        string(out, ((Coded) v).code());
        return;
      case TEXT, RECORD:
        for (Component c : type.record().components()) {
          value(out, c.get(v), c.type());
        }
        return;
    }
    throw new AssertionError(type.form());
  }

  private static Object value(DataInputStream in, Type type) throws IOException, ReflectiveOperationException {
    return value(in, ValueType.of(type));
  }

  private static Object value(DataInputStream in, ValueType type) throws IOException, ReflectiveOperationException {
    switch (type.form()) {
      case OPTIONAL:
        return in.readBoolean() ? Optional.of(value(in, type.element())) : Optional.empty();
      case LIST, SET: {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
          throw new IOException("bad collection size " + n);
        }
        Collection<Object> values = type.form() == ValueType.Form.LIST ? new ArrayList<>(n) : new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
          values.add(value(in, type.element()));
        }
        return values;
      }
      case ID:
        return Id.of(string(in));
      case STRING:
        return string(in);
      case INTEGER:
        return in.readInt();
      case NUMBER:
        return in.readDouble();
      case BOOLEAN:
        return in.readBoolean();
      case DATE:
        return LocalDate.ofEpochDay(in.readLong());
      case CODE: {
        String code = string(in);
        Object constant = type.constant(code);
        if (constant == null) {
          throw new IOException("unknown code '" + code + "' of " + type.raw().getSimpleName());
        }
        return constant;
      }
      case TEXT, RECORD: {
        RecordType record = type.record();
        Object[] args = new Object[record.size()];
        for (int i = 0; i < args.length; i++) {
          args[i] = value(in, record.component(i).type());
        }
        return record.construct(args);
      }
    }
    throw new AssertionError(type.form());
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad string length " + n);
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
