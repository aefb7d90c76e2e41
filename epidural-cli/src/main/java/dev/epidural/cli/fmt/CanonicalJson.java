package dev.epidural.cli.fmt;

import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.bind.ReviewFile;
import dev.epidural.content.internal.bind.TranslationEntry;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.bind.SchemaKey;
import dev.epidural.content.internal.tree.Node;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical text of a bundle file, as {@code epidural fmt} writes it: object keys in the order
 * the model's records declare their components ({@code "$schema"} first), two-space indentation,
 * one member or array element per line, {@code "key": value}, {@code \n} line ends and a final
 * newline.
 *
 * <p>It works on the parsed tree, not on bound records, so that it keeps everything a file says and
 * the format allows: the {@code "$schema"} key, a text written as an object without variants, an
 * empty list written out, numbers exactly as written, the order of kinds in a content file and of
 * items in each kind. Only whitespace, key order and string escapes change, so a formatted file
 * reads to the same records. A key the model does not know (a file with a shape problem) keeps its
 * place after the known ones.
 */
public final class CanonicalJson {

  /** What a file is, which decides the record types its objects are ordered by. */
  public enum FileRole {
    /** {@code bundle.json}. */
    MANIFEST,
    /** A content file: kinds, each an array of items. */
    CONTENT,
    /** A translation file: {@code locale} and {@code translations}. */
    TRANSLATIONS,
    /** A sign-off file. */
    REVIEWS
  }

  private static final String INDENT = "  ";

  private CanonicalJson() {}

  /**
   * The canonical text of a parsed file.
   *
   * @param root the file's tree
   * @param role what the file is
   * @return the text, ending with a newline
   */
  public static String format(Node root, FileRole role) {
    StringBuilder out = new StringBuilder();
    switch (role) {
      case MANIFEST -> value(root, Manifest.class, 0, out, true);
      case CONTENT -> contentFile(root, out);
      case TRANSLATIONS -> translationFile(root, out);
      case REVIEWS -> value(root, ReviewFile.class, 0, out, false);
      default -> throw new IllegalStateException(role.toString());
    }
    return out.append('\n').toString();
  }

  private static void contentFile(Node root, StringBuilder out) {
    if (!(root instanceof Node.Obj obj)) {
      value(root, null, 0, out, false);
      return;
    }
    Map<String, Type> types = new LinkedHashMap<>();
    for (Node.Member m : obj.members()) {
      Optional<Kind> kind = Kind.ofProperty(m.name());
      types.put(m.name(), kind.<Type>map(k -> listOf(k.type())).orElse(null));
    }
    object(obj, orderWithSchemaFirst(new ArrayList<>(types.keySet())), types, 0, out);
  }

  private static void translationFile(Node root, StringBuilder out) {
    if (!(root instanceof Node.Obj obj)) {
      value(root, null, 0, out, false);
      return;
    }
    Map<String, Type> types = new LinkedHashMap<>();
    types.put("locale", String.class);
    types.put("translations", listOf(TranslationEntry.class));
    object(obj, new ArrayList<>(types.keySet()), types, 0, out);
  }

  private static void value(Node node, Type type, int depth, StringBuilder out, boolean schemaKey) {
    Type t = unwrapOptional(type);
    if (node instanceof Node.Obj obj) {
      Class<?> record = t instanceof Class<?> c && c.isRecord() ? c : null;
      if (record == null) {
        object(obj, List.of(), Map.of(), depth, out);
        return;
      }
      Map<String, Type> types = new LinkedHashMap<>();
      for (Component c : RecordType.of(record).components()) {
        types.put(c.name(), c.type().javaType());
      }
      List<String> order = new ArrayList<>(types.keySet());
      object(obj, schemaKey ? orderWithSchemaFirst(order) : order, types, depth, out);
    } else if (node instanceof Node.Arr arr) {
      Type element = elementType(t);
      if (arr.elements().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < arr.elements().size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(depth + 1, out);
        value(arr.elements().get(i), element, depth + 1, out, false);
      }
      out.append('\n');
      indent(depth, out);
      out.append(']');
    } else if (node instanceof Node.Str s) {
      string(s.value(), out);
    } else if (node instanceof Node.Num n) {
      out.append(n.text());
    } else if (node instanceof Node.Bool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  /** An object's members: first those named in {@code order}, in that order, then the rest as they stand. */
  private static void object(Node.Obj obj, List<String> order, Map<String, Type> types, int depth, StringBuilder out) {
    List<Node.Member> sorted = new ArrayList<>(obj.members().size());
    for (String name : order) {
      Node.Member m = obj.get(name);
      if (m != null) {
        sorted.add(m);
      }
    }
    for (Node.Member m : obj.members()) {
      if (!order.contains(m.name())) {
        sorted.add(m);
      }
    }
    if (sorted.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    for (int i = 0; i < sorted.size(); i++) {
      Node.Member m = sorted.get(i);
      out.append(i == 0 ? "\n" : ",\n");
      indent(depth + 1, out);
      string(m.name(), out);
      out.append(": ");
      value(m.value(), types.get(m.name()), depth + 1, out, false);
    }
    out.append('\n');
    indent(depth, out);
    out.append('}');
  }

  private static List<String> orderWithSchemaFirst(List<String> order) {
    List<String> withSchema = new ArrayList<>(order.size() + 1);
    withSchema.add(SchemaKey.NAME);
    for (String name : order) {
      if (!name.equals(SchemaKey.NAME)) {
        withSchema.add(name);
      }
    }
    return withSchema;
  }

  private static Type unwrapOptional(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return p.getActualTypeArguments()[0];
    }
    return type;
  }

  private static Type elementType(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && java.util.Collection.class.isAssignableFrom(raw)) {
      return p.getActualTypeArguments()[0];
    }
    return null;
  }

  private static Type listOf(Type element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  private static void indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }

  /** A JSON string with only the escapes JSON requires: quote, backslash and control characters. */
  static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean lone = Character.isHighSurrogate(c)
              ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
          // A lone surrogate has no UTF-8 form: only its escape keeps it.
          if (c < 0x20 || c == 0x7f || lone) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
