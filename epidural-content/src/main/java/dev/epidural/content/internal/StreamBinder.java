package dev.epidural.content.internal;

import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The loader's fast path: binds a content file straight from Jackson's token stream into model
 * records, with no located tree and no problem reporting. It accepts a file only when the file is
 * certainly free of syntax and binding problems: well-formed UTF-8, one JSON object of known kinds,
 * every item binding with no missing, unknown, repeated, null, mistyped or miscoded property. At
 * the first doubt it gives up, and the loader reads the file again with {@link JsonReader} and
 * {@link Binder}, which report every problem at its line and column. So the report never depends
 * on which path read a file; only the cost does.
 *
 * <p>It also runs the text-safety rules on every free text it binds and notes, per item, whether
 * all passed: the text-safety stage then walks a located tree only for the items where one failed.
 *
 * <p>The accepted bytes are kept ({@link FileTree#lazy}) so a later stage can still place a
 * problem (a broken reference, a clinical rule) at its line and column.
 */
final class StreamBinder {

  /**
   * One bound item.
   *
   * @param index its position in its kind's array
   * @param textClean whether every free text of the item passed the text-safety rules
   * @param reviewGiven whether the item states its own {@code review}
   */
  record Bound(Kind kind, Item item, int index, boolean textClean, boolean reviewGiven) {}

  private static final ClassValue<RecordReader> RECORDS = new ClassValue<>() {
    @Override
    protected RecordReader computeValue(Class<?> type) {
      return new RecordReader(type);
    }
  };

  private StreamBinder() {}

  /**
   * Binds a content file, or gives up.
   *
   * @param defaults values for required components of these types when a property is missing
   * @param checkText whether to run the text-safety rules on free texts
   * @return the items in file order, or empty when the file needs the reporting path
   */
  static Optional<List<Bound>> bind(byte[] bytes, Map<Class<?>, Object> defaults, boolean checkText) {
    if (!JsonReader.startsAsUtf8(bytes) || !Utf8.isWellFormed(bytes)) {
      return Optional.empty();
    }
    Context c = new Context(defaults, checkText);
    List<Bound> out = new ArrayList<>();
    try (JsonParser p = JsonReader.FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Set<Kind> seen = new java.util.HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        Optional<Kind> kind = Kind.ofProperty(p.currentName());
        if (kind.isEmpty() || !seen.add(kind.get()) || p.nextToken() != JsonToken.START_ARRAY) {
          return Optional.empty();
        }
        RecordReader reader = RECORDS.get(kind.get().type());
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
          c.clean = true;
          c.reviewGiven = false;
          Object item = reader.read(p, t, c);
          if (item == null) {
            return Optional.empty();
          }
          out.add(new Bound(kind.get(), (Item) item, i, c.clean, c.reviewGiven));
        }
      }
      if (p.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(out);
    } catch (RuntimeException e) {
      // A syntax error or a limit (JacksonException), or a value a model constructor refused:
      // the reporting path reads the file again and says where.
      return Optional.empty();
    }
  }

  /** Per-file state. */
  private static final class Context {
    final Map<Class<?>, Object> defaults;
    final boolean checkText;
    boolean clean;
    boolean reviewGiven;

    Context(Map<Class<?>, Object> defaults, boolean checkText) {
      this.defaults = defaults;
      this.checkText = checkText;
    }

    String text(String s) {
      if (checkText && clean && TextRules.check(s).isPresent()) {
        clean = false;
      }
      return s;
    }
  }

  /** Reads one value starting at token {@code t}; null when the value does not bind. */
  private abstract static class Reader {
    abstract Object read(JsonParser p, JsonToken t, Context c);
  }

  /** The reader of a component's generic type, built once per record type. */
  private static Reader of(Type type) {
    if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type arg = pt.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        Reader inner = of(arg);
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            Object v = inner.read(p, t, c);
            return v == null ? null : Optional.of(v);
          }
        };
      }
      if (raw == List.class || raw == Set.class) {
        return new Collection(of(arg), raw == Set.class);
      }
      if (raw == Id.class) {
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            if (t != JsonToken.VALUE_STRING) {
              return null;
            }
            String s = p.getString();
            return Id.isValid(s) ? Id.of(s) : null;
          }
        };
      }
      throw new IllegalStateException("model type not supported by the binder: " + type);
    }
    Class<?> k = (Class<?>) type;
    if (k == String.class) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return t == JsonToken.VALUE_STRING ? c.text(p.getString()) : null;
        }
      };
    }
    if (k == double.class || k == Double.class) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? p.getDoubleValue() : null;
        }
      };
    }
    if (k == int.class || k == Integer.class) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          if (t != JsonToken.VALUE_NUMBER_INT) {
            return null;
          }
          double d = p.getDoubleValue();
          return d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (Object) (int) d : null;
        }
      };
    }
    if (k == boolean.class || k == Boolean.class) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }
      };
    }
    if (k == LocalDate.class) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return t == JsonToken.VALUE_STRING ? Binder.date(p.getString()) : null;
        }
      };
    }
    if (k.isEnum() && Coded.class.isAssignableFrom(k)) {
      Map<String, Object> codes = new HashMap<>();
      for (Object constant : k.getEnumConstants()) {
        codes.put(((Coded) constant).code(), constant);
      }
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return t == JsonToken.VALUE_STRING ? codes.get(p.getString()) : null;
        }
      };
    }
    if (k == Text.class) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return t == JsonToken.VALUE_STRING ? Text.of(c.text(p.getString())) : RECORDS.get(Text.class).read(p, t, c);
        }
      };
    }
    if (k.isRecord()) {
      return new Reader() {
        @Override
        Object read(JsonParser p, JsonToken t, Context c) {
          return RECORDS.get(k).read(p, t, c);
        }
      };
    }
    throw new IllegalStateException("model type not supported by the binder: " + type);
  }

  /** An array as a list, or as a set whose values may each appear once. */
  private static final class Collection extends Reader {
    private final Reader element;
    private final boolean set;

    Collection(Reader element, boolean set) {
      this.element = element;
      this.set = set;
    }

    @Override
    Object read(JsonParser p, JsonToken t, Context c) {
      if (t != JsonToken.START_ARRAY) {
        return null;
      }
      java.util.Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>();
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        Object v = element.read(p, t, c);
        if (v == null || !values.add(v)) {
          return null;
        }
      }
      return values;
    }
  }

  /** An object as a record, driven by the record's components as {@link Binder} is. */
  private static final class RecordReader extends Reader {
    private final Constructor<?> constructor;
    private final Map<String, Integer> index = new HashMap<>();
    private final Reader[] readers;
    private final Class<?>[] types;
    private final int review;

    RecordReader(Class<?> type) {
      Binder.Shape shape = Binder.shape(type);
      RecordComponent[] components = shape.components;
      constructor = shape.constructor;
      readers = new Reader[components.length];
      types = new Class<?>[components.length];
      int reviewAt = -1;
      for (int i = 0; i < components.length; i++) {
        index.put(components[i].getName(), i);
        types[i] = components[i].getType();
        if (components[i].getName().equals("review") && Item.class.isAssignableFrom(type)) {
          reviewAt = i;
        }
      }
      review = reviewAt;
      // Readers of nested records are looked up when used, so a recursive model cannot loop here.
      for (int i = 0; i < components.length; i++) {
        readers[i] = of(shape.genericTypes[i]);
      }
    }

    @Override
    Object read(JsonParser p, JsonToken t, Context c) {
      if (t != JsonToken.START_OBJECT) {
        return null;
      }
      Object[] args = new Object[readers.length];
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        Integer i = index.get(p.currentName());
        if (i == null || args[i] != null) {
          return null;
        }
        Object v = readers[i].read(p, p.nextToken(), c);
        if (v == null) {
          return null;
        }
        args[i] = v;
      }
      if (review >= 0) {
        c.reviewGiven = args[review] != null;
      }
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          Class<?> type = types[i];
          args[i] = type == Optional.class ? Optional.empty()
              : type == List.class ? List.of()
              : type == Set.class ? Set.of()
              : c.defaults.get(type);
          if (args[i] == null) {
            return null;
          }
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }
  }
}
