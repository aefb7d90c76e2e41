package dev.epidural.content.internal.meta;

import dev.epidural.model.Coded;
import dev.epidural.model.Item;
import dev.epidural.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.OptionalLong;
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
 * <p>The model jar declares the fingerprint of its classes in {@link #DECLARED}, so that a cold
 * start reads one line instead of describing every record by reflection. The build holds the two
 * together: {@code RecordReadersSourceTest} compares the declared line with the computed one, and the
 * build's {@code BuiltInArtifacts} refuses a snapshot that does not read back. Where the model jar
 * declares none (classes from another build), the fingerprint is computed from the running classes.
 */
public final class ModelFingerprint {

  /** Where the model jar declares its fingerprint: one line, sixteen lowercase hex digits. */
  public static final String DECLARED = "META-INF/dev.epidural.model.fingerprint";

  /** The command that regenerates the declared fingerprint and the snapshot readers after a model change. */
  public static final String REGENERATE = "./mvnw -B -q -pl epidural-content -am test -Pregenerate"
      + " -Dtest=RecordReadersSourceTest -Dsurefire.failIfNoSpecifiedTests=false";

  private ModelFingerprint() {}

  /**
   * The fingerprint of the model classes this code runs with, as their jar declares it, or else as
   * computed from them.
   */
  public static long model() {
    OptionalLong declared = declared();
    return declared.isPresent() ? declared.getAsLong() : current();
  }

  /** The fingerprint the model jar declares in {@link #DECLARED}, if it declares one that reads. */
  public static OptionalLong declared() {
    return Declared.VALUE;
  }

  /** Sixteen lowercase hex digits. */
  public static String hex(long value) {
    String hex = Long.toHexString(value);
    return "0".repeat(16 - hex.length()) + hex;
  }

  /** The fingerprint of the model classes this code runs with, computed from them by reflection. */
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

  /** Sixteen lowercase hex digits and an optional newline, as {@link #DECLARED} holds them; else empty. */
  static OptionalLong parse(byte[] line) {
    int n = line.length;
    if (n > 0 && line[n - 1] == '\n') {
      n--;
    }
    if (n != 16) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      int digit = Character.digit(line[i], 16);
      if (digit < 0 || Character.isUpperCase(line[i])) {
        return OptionalLong.empty();
      }
      value = value << 4 | digit;
    }
    return OptionalLong.of(value);
  }

  /** Read on first use: the model module's own resource (on the class path, the first of its name). */
  private static final class Declared {
    static final OptionalLong VALUE = read();

    private static OptionalLong read() {
      try (InputStream in = Item.class.getModule().getResourceAsStream(DECLARED)) {
        if (in == null) {
          return OptionalLong.empty();
        }
        return parse(in.readNBytes(18));
      } catch (IOException | RuntimeException e) {
        return OptionalLong.empty();
      }
    }
  }

  /** Computed on first use, by the first snapshot read in this class loader. */
  private static final class Holder {
    static final long CURRENT = of(description());
  }
}
