package dev.epidural.content.internal.meta;

import dev.epidural.model.Coded;
import dev.epidural.model.Source;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprint of the model a snapshot is written in: the one place that describes the model for
 * {@link Snapshot}, so that it can be replaced by a fingerprint the model itself provides.
 *
 * <p>The description names, for each kind of item in {@link Kind} order and for {@link Source}, the
 * record type, and recursively each record's component names and generic types, each enum's codes.
 * Any change a snapshot would be read wrongly under (a component added, removed, renamed, retyped
 * or reordered, a code renamed, a kind renamed) changes the description. The fingerprint is the
 * CRC-32 and CRC-32C of its UTF-8 bytes in one {@code long}: a check against a snapshot written by
 * another build, not against an attacker, so a 64-bit checksum suffices, and both run native in a
 * cold JVM where SHA-256 would run interpreted.
 *
 * <p>It is computed from the running classes, once per class loader and only on the snapshot path,
 * over the same {@link Binder#shape record shapes} that reading the snapshot needs anyway.
 */
public final class ModelFingerprint {

  private ModelFingerprint() {}

  /** The fingerprint of the model classes this code runs with. */
  public static long current() {
    return Holder.CURRENT;
  }

  /** The description the fingerprint is taken of: for tests and for a message. */
  static String description() {
    StringBuilder sb = new StringBuilder(8192);
    Set<Class<?>> seen = new HashSet<>();
    for (Kind kind : Kind.values()) {
      sb.append(kind.property()).append('=');
      describe(kind.type(), sb, seen);
      sb.append('\n');
    }
    sb.append("source=");
    describe(Source.class, sb, seen);
    sb.append('\n');
    return sb.toString();
  }

  /** The fingerprint of a description. */
  static long of(String description) {
    byte[] bytes = description.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    CRC32C crcc = new CRC32C();
    crcc.update(bytes, 0, bytes.length);
    return crc.getValue() << 32 | crcc.getValue();
  }

  /** Appends {@code type}; a record or enum is spelled out the first time it is met, named after. */
  private static void describe(Type type, StringBuilder sb, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      describe(p.getRawType(), sb, seen);
      sb.append('<');
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < args.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        describe(args[i], sb, seen);
      }
      sb.append('>');
      return;
    }
    if (!(type instanceof Class<?> c)) {
      sb.append(type.getTypeName());
      return;
    }
    sb.append(c.getName());
    if (!seen.add(c)) {
      return;
    }
    if (c.isRecord()) {
      RecordType record = RecordType.of(c);
      sb.append('(');
      for (int i = 0; i < record.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Component component = record.component(i);
        sb.append(component.name()).append(':');
        describe(component.type().javaType(), sb, seen);
      }
      sb.append(')');
    } else if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
      sb.append('[');
      Object[] constants = c.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(((Coded) constants[i]).code());
      }
      sb.append(']');
    }
  }

  /** Computed on first use, by the first snapshot read in this class loader. */
  private static final class Holder {
    static final long CURRENT = of(description());
  }
}
