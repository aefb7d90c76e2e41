package dev.epidural.content.internal.bind;

import dev.epidural.content.ReadLimits;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.ValueType;
import dev.epidural.content.internal.paged.PagedList;
import dev.epidural.content.internal.read.FileTree;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.read.Utf8;
import dev.epidural.content.internal.rules.ShapeCheck;
import dev.epidural.content.internal.rules.TextRules;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Citation;
import dev.epidural.model.Coded;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.Text;
import java.time.LocalDate;
import java.util.HashMap;
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
 * <p>When asked to validate, it also does, for each item while the item is fresh in the cache,
 * what later stages would otherwise do in another pass over every item: it runs the text-safety
 * rules on every free text and notes whether all passed (the text-safety stage then walks a
 * located tree only where one failed); it asks {@link ShapeCheck} whether the item certainly has
 * no constraint violation (only the others go to Hibernate Validator); and it notes every id the
 * item refers to, with the kind of item the id must name (the integrity stage checks these, and
 * walks the record for pointers only where one does not resolve). What it found goes forward as
 * each entry's {@link Entry.Noted}, one immutable value, shared between items where it can be.
 *
 * <p>The accepted bytes are kept ({@link FileTree#lazy}) so a later stage can still place a
 * problem (a broken reference, a clinical rule) at its line and column.
 */
public final class StreamBinder {

  private static final ClassValue<RecordReader> RECORDS = new ClassValue<>() {
    @Override
    protected RecordReader computeValue(Class<?> type) {
      return new RecordReader(type);
    }
  };

  /** How many of the last dates read are remembered. */
  private static final int RECENT_DATES = 4;

  private static final java.util.concurrent.atomic.AtomicInteger SLOTS = new java.util.concurrent.atomic.AtomicInteger();

  private StreamBinder() {}

  /** As {@link #bind(byte[], Map, boolean, String, int, ReadLimits)}, under the default limits. */
  public static Optional<PagedList<Entry>> bind(byte[] bytes, Map<Class<?>, Object> defaults, boolean validate,
                                                      String file, int layer) {
    return bind(bytes, defaults, validate, file, layer, ReadLimits.defaults());
  }

  /**
   * Binds a content file, or gives up.
   *
   * @param defaults values for required components of these types when a property is missing
   * @param validate whether to run the per-item checks of the later stages (text safety, shape,
   *     references) as items are bound
   * @param file the file's name in problems
   * @param layer the layer the file belongs to
   * @param limits the read limits: the file is given up past any of them, for the reporting path
   *     to report
   * @return the items in file order, as the loader's entries, or empty when the file needs the
   *     reporting path
   */
  public static Optional<PagedList<Entry>> bind(byte[] bytes, Map<Class<?>, Object> defaults, boolean validate,
                                                      String file, int layer, ReadLimits limits) {
    if (!JsonReader.startsAsUtf8(bytes) || !Utf8.isWellFormed(bytes)) {
      return Optional.empty();
    }
    Context c = new Context(defaults, validate);
    FileTree tree = FileTree.lazy(file, bytes, limits);
    PagedList.Builder<Entry> out = new PagedList.Builder<>();
    try (JsonParser p = JsonReader.fastPathFactory(limits).createParser(ObjectReadContext.empty(), bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Set<Kind> seen = new java.util.HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        if (p.currentName().equals(SchemaKey.NAME)) {
          // Ignored when a string; anything else is for the reporting path to report.
          if (p.nextToken() != JsonToken.VALUE_STRING) {
            return Optional.empty();
          }
          continue;
        }
        Optional<Kind> kind = Kind.ofProperty(p.currentName());
        if (kind.isEmpty() || !seen.add(kind.get()) || p.nextToken() != JsonToken.START_ARRAY) {
          return Optional.empty();
        }
        RecordReader reader = RECORDS.get(kind.get().type());
        String kindPointer = Pointers.child("", kind.get().property());
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
          c.clean = true;
          c.reviewGiven = false;
          c.refCount = 0;
          Object item = reader.read(p, t, c);
          if (item == null) {
            return Optional.empty();
          }
          boolean shape = c.validate && ShapeCheck.passes(item);
          out.add(new Entry(kind.get(), (Item) item, file, kindPointer, i, tree, layer, c.reviewGiven,
              c.noted(shape)));
        }
      }
      if (p.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(out.build());
    } catch (RuntimeException e) {
      // A syntax error or a limit (JacksonException), or a value a model constructor refused:
      // the reporting path reads the file again and says where.
      return Optional.empty();
    }
  }

  /** Per-file state. */
  private static final class Context {
    final Map<Class<?>, Object> defaults;
    final boolean validate;
    boolean clean;
    boolean reviewGiven;
    /** The references of the item being bound, in the order read. */
    Id<?>[] refIds = new Id<?>[8];
    Class<?>[] refTargets = new Class<?>[8];
    int refCount;

    Context(Map<Class<?>, Object> defaults, boolean validate) {
      this.defaults = defaults;
      this.validate = validate;
    }

    /**
     * Equal values met again in the file, shared: bundles repeat review blocks, dates and
     * citations, and one instance of each keeps the loaded catalogue smaller. Only for immutable
     * value records, where sharing cannot show.
     */
    final HashMap<Object, Object> values = new HashMap<>();
    /**
     * The last value {@link #canonical} gave for each record reader's slot: values repeat item
     * after item, and an equal one is found without hashing.
     */
    private Object[] lastCanonical = new Object[32];
    /**
     * The last dates read, as written and as values, used in turn: a review block holds two dates
     * and the next item's holds the same two, so one remembered date would always miss.
     */
    private final char[][] recentDates = new char[RECENT_DATES][10];
    private final LocalDate[] recentDateValues = new LocalDate[RECENT_DATES];
    private int nextDate;
    /** The targets of the references of the item noted last: the next item's are often the same. */
    private Class<?>[] lastTargets = new Class<?>[0];
    /** Scratch arrays for collections being read, one per depth of nesting. */
    private Object[][] collections = new Object[4][];
    private int collectionDepth;

    private Object[][] args = new Object[32][];
    private boolean[] busy = new boolean[32];

    /**
     * The cleared argument array of a record reader, or null when it is in use: a record nested
     * in a record of its own type, which the model does not have, declines the file.
     */
    Object[] args(int slot, int length) {
      if (slot >= args.length) {
        args = java.util.Arrays.copyOf(args, slot * 2);
        busy = java.util.Arrays.copyOf(busy, slot * 2);
      }
      if (busy[slot]) {
        return null;
      }
      Object[] a = args[slot];
      if (a == null) {
        a = new Object[length];
        args[slot] = a;
      } else {
        java.util.Arrays.fill(a, null);
      }
      busy[slot] = true;
      return a;
    }

    void release(int slot) {
      busy[slot] = false;
    }

    Object canonical(int slot, Object v) {
      if (slot >= lastCanonical.length) {
        lastCanonical = java.util.Arrays.copyOf(lastCanonical, slot * 2);
      }
      Object last = lastCanonical[slot];
      if (v.equals(last)) {
        return last;
      }
      Object d = values.putIfAbsent(v, v);
      Object kept = d != null ? d : v;
      lastCanonical[slot] = kept;
      return kept;
    }

    /** A date, read from the parser's buffer; the last few are kept, as dates come in runs. */
    LocalDate date(JsonParser p) {
      char[] buf = p.getStringCharacters();
      int off = p.getStringOffset();
      int len = p.getStringLength();
      if (len == 10) {
        for (int i = 0; i < RECENT_DATES; i++) {
          if (recentDateValues[i] != null && java.util.Arrays.equals(recentDates[i], 0, 10, buf, off, off + 10)) {
            return recentDateValues[i];
          }
        }
      }
      LocalDate d = Binder.date(new String(buf, off, len));
      if (d != null) {
        // Only a date of 10 characters is well formed, so the copy always fits.
        System.arraycopy(buf, off, recentDates[nextDate], 0, 10);
        recentDateValues[nextDate] = d;
        nextDate = (nextDate + 1) % RECENT_DATES;
      }
      return d;
    }

    /** A cleared scratch array for the values of a collection, for one level of nesting. */
    Object[] openCollection() {
      if (collectionDepth == collections.length) {
        collections = java.util.Arrays.copyOf(collections, collectionDepth * 2);
      }
      Object[] values = collections[collectionDepth];
      if (values == null) {
        values = new Object[8];
        collections[collectionDepth] = values;
      }
      collectionDepth++;
      return values;
    }

    /**
     * Gives back the scratch array of the innermost collection, which may have grown to
     * {@code values}, with its first {@code used} slots cleared.
     */
    void closeCollection(Object[] values, int used) {
      collectionDepth--;
      java.util.Arrays.fill(values, 0, used, null);
      collections[collectionDepth] = values;
    }

    String text(String s) {
      if (validate && clean && TextRules.check(s).isPresent()) {
        clean = false;
      }
      return s;
    }

    void reference(Id<?> id, Class<?> target) {
      if (refCount == refIds.length) {
        refIds = java.util.Arrays.copyOf(refIds, refCount * 2);
        refTargets = java.util.Arrays.copyOf(refTargets, refCount * 2);
      }
      refIds[refCount] = id;
      refTargets[refCount++] = target;
    }

    /**
     * What was found about the item just bound: a shared value unless it has references to note,
     * and then one value that holds them.
     *
     * @param shapePassed whether {@code ShapeCheck} passed the item
     */
    Entry.Noted noted(boolean shapePassed) {
      if (!validate) {
        return Entry.Noted.withoutReferences(clean, shapePassed);
      }
      if (refCount == 0) {
        return Entry.Noted.referringToNothing(clean, shapePassed);
      }
      // The targets are never written to once noted, so items of the same shape share one array.
      if (!java.util.Arrays.equals(lastTargets, 0, lastTargets.length, refTargets, 0, refCount)) {
        lastTargets = java.util.Arrays.copyOf(refTargets, refCount);
      }
      return new Entry.Noted(clean, shapePassed, java.util.Arrays.copyOf(refIds, refCount), lastTargets);
    }
  }

  /** Reads one value starting at token {@code t}; null when the value does not bind. */
  private abstract static class Reader {
    abstract Object read(JsonParser p, JsonToken t, Context c);
  }

  /** The reader of a component's value type, built once per record type. */
  private static Reader of(ValueType type) {
    switch (type.form()) {
      case OPTIONAL -> {
        Reader inner = of(type.element());
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            Object v = inner.read(p, t, c);
            return v == null ? null : Optional.of(v);
          }
        };
      }
      case LIST -> {
        return new Collection(of(type.element()), false);
      }
      case SET -> {
        return new Collection(of(type.element()), true);
      }
      case ID -> {
        return new IdReader(type.target());
      }
      case STRING -> {
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            return t == JsonToken.VALUE_STRING ? c.text(p.getString()) : null;
          }
        };
      }
      case NUMBER -> {
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? p.getDoubleValue() : null;
          }
        };
      }
      case INTEGER -> {
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
      case BOOLEAN -> {
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
          }
        };
      }
      case DATE -> {
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            return t == JsonToken.VALUE_STRING ? c.date(p) : null;
          }
        };
      }
      case CODE -> {
        Object[] constants = type.constants();
        char[][] codes = new char[constants.length][];
        for (int i = 0; i < constants.length; i++) {
          codes[i] = ((Coded) constants[i]).code().toCharArray();
        }
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            // Matched in the parser's buffer: a code never becomes a String.
            if (t != JsonToken.VALUE_STRING) {
              return null;
            }
            char[] buf = p.getStringCharacters();
            int off = p.getStringOffset();
            int len = p.getStringLength();
            for (int i = 0; i < codes.length; i++) {
              if (java.util.Arrays.equals(codes[i], 0, codes[i].length, buf, off, off + len)) {
                return constants[i];
              }
            }
            return null;
          }
        };
      }
      case TEXT -> {
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            return t == JsonToken.VALUE_STRING ? Text.of(c.text(p.getString())) : RECORDS.get(Text.class).read(p, t, c);
          }
        };
      }
      case RECORD -> {
        Class<?> k = type.raw();
        return new Reader() {
          @Override
          Object read(JsonParser p, JsonToken t, Context c) {
            return RECORDS.get(k).read(p, t, c);
          }
        };
      }
    }
    throw new AssertionError(type.form());
  }

  /** An id, noted as a reference to an item of its target type unless it is an item's own id. */
  private static final class IdReader extends Reader {
    private final Class<?> target;
    private final boolean own;

    IdReader(Class<?> target) {
      this(target, false);
    }

    private IdReader(Class<?> target, boolean own) {
      this.target = target;
      this.own = own;
    }

    /** The reader of an item's own {@code id}, which refers to nothing. */
    IdReader own() {
      return new IdReader(target, true);
    }

    @Override
    Object read(JsonParser p, JsonToken t, Context c) {
      if (t != JsonToken.VALUE_STRING) {
        return null;
      }
      // Id.of refuses a malformed id (IllegalArgumentException), and so the file declines: the
      // form is checked once, not once here and again in the constructor.
      Id<?> id = Id.of(p.getString());
      if (!own && c.validate) {
        c.reference(id, target);
      }
      return id;
    }
  }

  /** An array as a list, or as a set whose values may each appear once. */
  private static final class Collection extends Reader {
    private final Reader element;
    private final boolean set;

    Collection(Reader element, boolean set) {
      this.element = element;
      this.set = set;
    }

    /**
     * Gives immutable collections, which the model's constructors keep without copying (lists) or
     * copy once (sets into sorted sets); most arrays hold one or two values.
     */
    @Override
    Object read(JsonParser p, JsonToken t, Context c) {
      if (t != JsonToken.START_ARRAY) {
        return null;
      }
      // A scratch array per depth, not one per array read: the values go into an immutable copy.
      // A value that does not bind declines the whole file, which leaves the context unused after.
      Object[] values = c.openCollection();
      int n = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        Object v = element.read(p, t, c);
        if (v == null) {
          return null;
        }
        if (n == values.length) {
          values = java.util.Arrays.copyOf(values, n * 2);
        }
        values[n++] = v;
      }
      Object result;
      if (!set) {
        result = n == 0 ? List.of() : n == 1 ? List.of(values[0]) : n == 2 ? List.of(values[0], values[1])
            : List.of(java.util.Arrays.copyOf(values, n));
      } else {
        // Set.of refuses a value listed twice (IllegalArgumentException), and so the file declines.
        result = n == 0 ? Set.of() : n == 1 ? Set.of(values[0]) : Set.of(java.util.Arrays.copyOf(values, n));
      }
      c.closeCollection(values, n);
      return result;
    }
  }

  /** An object as a record, driven by the record's components as {@link Binder} is. */
  private static final class RecordReader extends Reader {
    private final RecordType type;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] names;
    /**
     * A guess at the order of properties, learnt from the objects read before: {@code follows[k + 1]}
     * is the component that came after component {@code k} last time ({@code follows[0]} the first).
     * Files list properties in the same order item after item, so the guess nearly always saves the
     * map lookup; a wrong guess costs one string comparison. Threads may race on it: every value
     * written is a component's index, and a stale one is only a worse guess.
     */
    private final int[] follows;
    private final Reader[] readers;
    private final Class<?>[] types;
    /** What a left-out property that may be absent stands for, or null where one is required. */
    private final Object[] absent;
    private final int review;
    private final boolean canon;
    /** This reader's slot in {@link Context#args}. */
    private final int slot = SLOTS.getAndIncrement();

    RecordReader(Class<?> recordClass) {
      type = RecordType.of(recordClass);
      int n = type.size();
      readers = new Reader[n];
      types = new Class<?>[n];
      names = new String[n];
      follows = new int[n + 1];
      absent = new Object[n];
      for (int i = 0; i < n; i++) {
        Component component = type.component(i);
        index.put(component.name(), i);
        names[i] = component.name();
        follows[i] = i;
        types[i] = component.javaClass();
        absent[i] = component.absentValue();
      }
      review = type.reviewIndex();
      canon = recordClass == Review.class || recordClass == Citation.class;
      // Readers of nested records are looked up when used, so a recursive model cannot loop here.
      for (int i = 0; i < n; i++) {
        readers[i] = of(type.component(i).type());
        if (type.component(i).isOwnId() && readers[i] instanceof IdReader idReader) {
          readers[i] = idReader.own();
        }
      }
    }

    @Override
    Object read(JsonParser p, JsonToken t, Context c) {
      if (t != JsonToken.START_OBJECT) {
        return null;
      }
      // The argument array is reused from item to item; the record keeps the values, not the array.
      Object[] args = c.args(slot, readers.length);
      if (args == null) {
        return null;
      }
      int previous = -1;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        int i = follows[previous + 1];
        // Past the end only for a record without components.
        if (i >= names.length || !names[i].equals(name)) {
          Integer known = index.get(name);
          if (known == null) {
            return null;
          }
          i = known;
          follows[previous + 1] = i;
        }
        if (args[i] != null) {
          return null;
        }
        previous = i;
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
          Object a = absent[i];
          args[i] = a != null ? a : c.defaults.get(types[i]);
          if (args[i] == null) {
            return null;
          }
        }
      }
      try {
        Object r = type.construct(args);
        c.release(slot);
        return canon ? c.canonical(slot, r) : r;
      } catch (java.lang.reflect.InvocationTargetException e) {
        return null;
      }
    }
  }
}
